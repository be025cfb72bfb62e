import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';

const sentence = z.string().trim().min(1, { error: 'must not be empty' });

/** One number someone may take for a BigML.io code, quoted from the code that makes it up. */
export const notCodeSchema = z.strictObject({
	/** The number, as the software that makes it up uses it. */
	number: z.number().int({ error: 'must be a whole number, such as -10100' }),
	/** What that software says with it, verbatim (its message or constant name). */
	says: sentence,
	/** Where the number is made up, quoted. */
	source: citationSchema,
});

/**
 * Numbers that look like BigML.io codes but are not, by who makes them up:
 * one file in `data/not-codes/` per origin (BigML's iOS and macOS SDKs). Pages
 * explain them where a reader would look such a number up.
 */
export const notCodesFileSchema = z.strictObject({
	/** Who makes these numbers up, as a page names it: "BigML's iOS and macOS SDKs". */
	origin: sentence,
	/** Why they are not BigML.io codes, in our words. */
	explanation: sentence,
	/** The numbers, each with its source. */
	numbers: z.array(notCodeSchema).min(1, { error: 'must list at least one number' }),
});

/** A number that is not a BigML.io code, with who makes it up and why it is not one. */
export type NotCode = z.infer<typeof notCodeSchema> &
	Pick<z.infer<typeof notCodesFileSchema>, 'origin' | 'explanation'>;

/** Checks what the schema cannot: the quote shows the number, and no number is listed twice. */
export function checkNotCodes(file: z.infer<typeof notCodesFileSchema>): { at: string; message: string }[] {
	const issues: { at: string; message: string }[] = [];
	const seen = new Set<number>();
	file.numbers.forEach((entry, i) => {
		if (seen.has(entry.number)) {
			issues.push({
				at: `numbers[${i}] (${entry.number}) › number`,
				message: 'is listed twice: keep one entry per number',
			});
		}
		seen.add(entry.number);
		if (!entry.source.quote.includes(String(entry.number))) {
			issues.push({
				at: `numbers[${i}] (${entry.number}) › source › quote`,
				message: `does not show ${entry.number}: quote the line that makes the number up`,
			});
		}
	});
	return issues;
}
