import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';

/** Whether sending the same request again can succeed. */
export const RETRY_VERDICTS = ['yes', 'after-change', 'no', 'not-needed', 'keep-polling'] as const;

/** Who has to act for the request to succeed. */
export const ACTORS = ['caller', 'bigml', 'caller-then-bigml', 'none'] as const;

/** Where a task status sits in a resource's life, for the diagram on `/status/`. */
export const PHASES = ['client', 'progress', 'done', 'aside'] as const;

const sentence = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * The advice line "Copy for ticket" puts under the link: written for the
 * customer who will read the ticket, so it speaks to them ("your request") in
 * one line a ticket shows whole.
 */
const ticketLine = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty' })
	.max(200, { error: 'is too long for one line of a ticket: keep it under 200 characters' })
	.refine((s) => !s.includes('\n'), { error: 'must be one line' })
	.refine((s) => /\byour?\b/i.test(s), {
		error: 'must speak to the customer who reads the ticket ("your request", "you can"), not about them',
	});

/**
 * What to tell the person who got a code of one kind. Written once per kind
 * in `data/guidance/*.yaml`. Everything here is general advice in our words,
 * except `bigml`, which quotes BigML's own bindings with their source.
 */
export const guidanceSchema = z.strictObject({
	/** A few words naming the kind, such as "Cannot be created now". */
	label: sentence,
	/** One line, for tickets and catalog.json: what happened and what to do. */
	summary: sentence
		.max(200, { error: 'is too long for one line: keep it under 200 characters' })
		.refine((s) => !s.includes('\n'), { error: 'must be one line' }),
	/** What the code means, in plain words. */
	meaning: sentence,
	/** What usually leads to it. */
	causes: z.array(sentence).min(1),
	/** What to do about it, first things first. */
	actions: z.array(sentence).min(1),
	/** Whether retrying can help, and why. */
	retry: z.strictObject({
		verdict: z.enum(RETRY_VERDICTS),
		why: sentence,
	}),
	/** Who has to act: the caller, BigML, the caller then BigML, or no one. */
	actor: z.enum(ACTORS),
	/** What BigML's official bindings say about codes of this kind, quoted with their source. */
	bigml: z.array(citationSchema).optional(),
	/** Task statuses only: where the status sits in a resource's life. */
	lifecycle: z
		.strictObject({
			/** `client`: set by a client before BigML has the resource; `progress`: on the way; `done`: the end of the way; `aside`: off the main path. */
			phase: z.enum(PHASES),
			/** A resource in this status will not change any more. */
			final: z.boolean(),
			/** A short qualifier shown in the diagram, such as "datasets only". */
			note: sentence.optional(),
		})
		.optional(),
	// Added for "Copy for ticket" (issue 12), last and apart from the fields above.
	/** One line for the customer who reads a support ticket: what happened and what they can do, said to them. */
	ticket: ticketLine,
});

/** Guidance for one kind. */
export type Guidance = z.infer<typeof guidanceSchema>;
/** A retry verdict. */
export type RetryVerdict = (typeof RETRY_VERDICTS)[number];
/** Who acts. */
export type Actor = (typeof ACTORS)[number];
/** A lifecycle phase. */
export type Phase = (typeof PHASES)[number];
