import { z } from 'astro/zod';

/** How one code names another across groups: group slug and number, as in `model/-4002`. */
export const CODE_ID_PATTERN = /^[a-z0-9-]+\/-?\d{1,7}$/;

/**
 * One code as BigML.io documents it. A code is identified by its group and its
 * number together: the same number can stand in two groups (-30021, -40021).
 */
export const codeEntrySchema = z.strictObject({
	/** The number exactly as BigML.io sends it: an HTTP status, a task status or a (negative) error code. */
	code: z
		.number({ error: 'must be a whole number, such as -4002 or 429' })
		// The range is checked first and stops the rest: a 20-digit number is "out of range", not "has decimals".
		.min(-9_999_999, { error: 'is out of range: BigML.io codes have at most 7 digits', abort: true })
		.max(9_999_999, { error: 'is out of range: BigML.io codes have at most 7 digits', abort: true })
		.int({ error: 'must be a whole number, such as -4002 or 429 (no decimals)' }),
	/** The short name BigML.io gives HTTP and task statuses ("Too Many Requests", "Faulty"). */
	name: z.string().trim().min(1, { error: 'must not be empty; leave the key out instead' }).optional(),
	/** BigML.io's own text for the code, verbatim: typos are kept, never corrected. */
	text: z.string().min(1, { error: "must not be empty: copy BigML.io's text for this code" }),

	// Lifecycle: a code BigML.io stops documenting keeps its page, because tickets link to it.
	/** The day BigML.io stopped documenting the code (ISO date, `2025-03-31`); its page stays and says so. */
	retired: z.iso.date({ error: 'must be the ISO date the code was retired, such as 2025-03-31' }).optional(),
	/** The code to use instead of this retired one, as `group/number` (`model/-4009`). Needs `retired`. */
	replacedBy: z
		.string()
		.regex(CODE_ID_PATTERN, { error: 'must name the replacing code as group/number, such as model/-4009' })
		.optional(),
});

/** A code entry as written in a catalog file. */
export type CodeEntry = z.infer<typeof codeEntrySchema>;
