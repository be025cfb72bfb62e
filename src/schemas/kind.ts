import { z } from 'astro/zod';

/**
 * What a code means, in a few words, so guidance can be written once per kind
 * rather than once per code. Resource families follow BigML's numbering
 * pattern (…000 not ready yet, …001 bad request, …); HTTP statuses, task
 * statuses and general errors have kinds of their own. Each kind belongs to
 * exactly one type of group.
 */
export const KINDS_BY_TYPE = {
	http: [
		'http-success',
		'http-created',
		'http-bad-request',
		'http-unauthorized',
		'http-payment-required',
		'http-forbidden',
		'http-not-found',
		'http-not-allowed',
		'http-bad-body',
		'http-too-large',
		'http-rate-limited',
		'http-server-error',
		'http-unavailable',
	],
	status: [
		'status-uploading',
		'status-pending',
		'status-running',
		'status-summarized',
		'status-finished',
		'status-faulty',
		'status-unknown',
		'status-runnable',
	],
	general: [
		'general-unauthorized',
		'general-limit',
		'general-not-permitted',
		'general-invalid-id',
		'general-invalid-argument',
	],
	family: [
		'not-ready',
		'unreadable',
		'bad-request',
		'cannot-create',
		'cannot-create-now',
		'cannot-retrieve',
		'cannot-delete',
		'faulty',
		'cannot-clone',
		'not-available',
	],
} as const satisfies Record<'http' | 'status' | 'general' | 'family', readonly string[]>;

/** Every kind, in the order guidance files list them. */
export const KINDS = Object.values(KINDS_BY_TYPE).flat() as Kind[];

/** A kind of code, such as `cannot-create-now` or `http-rate-limited`. */
export type Kind = (typeof KINDS_BY_TYPE)[keyof typeof KINDS_BY_TYPE][number];

/** The group type a kind belongs to. */
export const typeOfKind = (kind: Kind) =>
	(Object.keys(KINDS_BY_TYPE) as (keyof typeof KINDS_BY_TYPE)[]).find((type) =>
		(KINDS_BY_TYPE[type] as readonly string[]).includes(kind),
	)!;

/** A code's kind as written in a catalog file. */
export const kindSchema = z.enum(KINDS as [Kind, ...Kind[]], {
	error: (issue) =>
		`is not a kind: ${JSON.stringify(issue.input)}; use one of the kinds in src/schemas/kind.ts, such as "cannot-create-now"`,
});
