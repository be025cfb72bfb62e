import { describe, expect, test } from 'vitest';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';

const guidance = readGuidance(GUIDANCE_DIR);
const some = Object.values(guidance)[0]!;
/** The messages the schema gives for a ticket line, or [] when it accepts it. */
const problems = (ticket: string) =>
	guidanceSchema.safeParse({ ...some, ticket }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the ticket advice speaks to the customer who reads the ticket', () => {
	test('every kind has its own ticket line, addressed to the customer and not the summary again', () => {
		for (const [kind, g] of Object.entries(guidance)) {
			expect(g.ticket, kind).toMatch(/\byour?\b/i);
			expect(g.ticket, kind).not.toBe(g.summary);
			expect(g.ticket, kind).not.toContain('\n');
		}
	});

	test('a line that talks about the caller instead of to the customer is refused, saying how to fix it', () => {
		expect(problems('The caller must fix the argument named in status.extra.')).toEqual([
			expect.stringMatching(/^ticket: must speak to the customer who reads the ticket/),
		]);
	});

	test('a line too long for a ticket, or on two lines, is refused', () => {
		expect(problems(`Your request ${'is long '.repeat(30)}`)).toEqual([expect.stringMatching(/too long/)]);
		expect(problems('Your request failed.\nPlease retry.')).toEqual([expect.stringMatching(/one line/)]);
	});
});
