import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { kindSchema } from './kind.ts';
import { lineOfText, verbatimLine } from './text.ts';

/** Where an entry comes from: BigML's published table, or a source that shows the code reaching users. */
export const PROVENANCES = ['documented', 'observed'] as const;

/** How one code names another across groups: group slug and number, as in `model/-4002`. */
export const CODE_ID_PATTERN = /^[a-z0-9-]+\/-?\d{1,7}$/;

/**
 * Today's date where the calendar is furthest ahead (UTC+14), so a code
 * retired today is accepted wherever the build runs.
 */
const latestToday = () => new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * One code as BigML.io documents it. A code is identified by its group and its
 * number together: the same number can stand in two groups (-30021, -40021).
 */
export const codeEntrySchema = z
	.strictObject({
		/** The number exactly as BigML.io sends it: an HTTP status, a task status or a (negative) error code. */
		code: z
			.number({ error: 'must be a whole number, such as -4002 or 429' })
			// The range is checked first and stops the rest: a 20-digit number is "out of range", not "has decimals".
			.min(-9_999_999, {
				error: 'is out of range: BigML.io codes have at most 7 digits; check the number',
				abort: true,
			})
			.max(9_999_999, { error: 'is out of range: BigML.io codes have at most 7 digits; check the number', abort: true })
			.int({ error: 'must be a whole number, such as -4002 or 429 (no decimals)' }),
		/** The short name BigML.io gives HTTP and task statuses ("Too Many Requests", "Faulty"). */
		name: lineOfText('write BigML.io\'s name for it, such as "Too Many Requests", or leave the key out').optional(),
		/** BigML.io's own text for the code, verbatim: typos are kept, never corrected; one line, not blank. */
		text: verbatimLine("copy BigML.io's text for this code"),

		// Guidance and provenance (issue 4).
		/** What the code means, in a few words; guidance is written once per kind (`data/guidance/`). */
		kind: kindSchema,
		/** `documented`: in BigML's Status Codes table (the default); `observed`: seen elsewhere, see `sources`. */
		provenance: z.enum(PROVENANCES).default('documented'),
		/** Observed entries only: where the code was seen, quoted verbatim. */
		sources: z.array(citationSchema).min(1).optional(),

		// Lifecycle: a code BigML.io stops documenting keeps its page, because tickets link to it.
		/** The day BigML.io stopped documenting the code (ISO date, `2025-03-31`, a real day, not in the future); its page stays and says so. */
		retired: z.iso
			// A date that does not exist (2025-02-30) is refused here, and stops the check against today.
			.date({
				error: 'must be the ISO date the code was retired, such as 2025-03-31: a real day, as year-month-day',
				abort: true,
			})
			.superRefine((date, ctx) => {
				if (date > latestToday()) {
					ctx.addIssue({
						code: 'custom',
						message: `is in the future (today is ${latestToday()}): a code is retired on the day BigML.io stopped documenting it; add "retired" once that day has come`,
					});
				}
			})
			.optional(),
		/** The code to use instead of this retired one, as `group/number` (`model/-4009`). Needs `retired`. */
		replacedBy: z
			.string()
			.regex(CODE_ID_PATTERN, { error: 'must name the replacing code as group/number, such as model/-4009' })
			.optional(),
	})
	.superRefine((entry, ctx) => {
		if (entry.provenance === 'observed' && !entry.sources) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'is missing: an observed code needs the source where it was seen, quoted verbatim',
			});
		}
		if (entry.provenance === 'documented' && entry.sources) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: "is only for observed codes: a documented code's source is BigML's table; set provenance: observed",
			});
		}
	});

/** A code entry as written in a catalog file. */
export type CodeEntry = z.infer<typeof codeEntrySchema>;
/** Where an entry comes from. */
export type Provenance = (typeof PROVENANCES)[number];
