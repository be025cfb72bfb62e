import { z } from 'astro/zod';

/**
 * One code as BigML.io documents it. A code is identified by its group and its
 * number together: the same number can stand in two groups (-30021, -40021).
 */
export const codeEntrySchema = z.strictObject({
	/** The number exactly as BigML.io sends it: an HTTP status, a task status or a (negative) error code. */
	code: z
		.number({ error: 'must be a whole number, such as -4002 or 429' })
		.int({ error: 'must be a whole number, such as -4002 or 429 (no decimals)' })
		.min(-9_999_999, { error: 'is out of range: BigML.io codes have at most 7 digits' })
		.max(9_999_999, { error: 'is out of range: BigML.io codes have at most 7 digits' }),
	/** The short name BigML.io gives HTTP and task statuses ("Too Many Requests", "Faulty"). */
	name: z.string().trim().min(1, { error: 'must not be empty; leave the key out instead' }).optional(),
	/** BigML.io's own text for the code, verbatim: typos are kept, never corrected. */
	text: z.string().min(1, { error: "must not be empty: copy BigML.io's text for this code" }),
});

/** A code entry as written in a catalog file. */
export type CodeEntry = z.infer<typeof codeEntrySchema>;
