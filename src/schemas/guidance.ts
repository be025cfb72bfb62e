import { z } from 'astro/zod';
import { folderEntrySchema, strayEntryMessage } from './catalog.ts';
import { citationSchema } from './citation.ts';
import { KINDS, KINDS_BY_TYPE, typeOfKind } from './kind.ts';
import { lineOfText } from './text.ts';

/** Whether sending the same request again can succeed. */
export const RETRY_VERDICTS = ['yes', 'after-change', 'no', 'not-needed', 'keep-polling'] as const;

/** Who has to act for the request to succeed. */
export const ACTORS = ['caller', 'bigml', 'caller-then-bigml', 'none'] as const;

/** Where a task status sits in a resource's life, for the diagram on `/status/`. */
export const PHASES = ['client', 'progress', 'done', 'aside'] as const;

const sentence = lineOfText('write it, or remove the key where it may be left out');

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
	summary: sentence.max(200, { error: 'is too long for one line: keep it under 200 characters' }),
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
	/**
	 * The words people use for codes of this kind where BigML's texts use
	 * others ("rate limit", "throttled" for 429 Too Many Requests): search lists
	 * the kind's codes first for them. Lowercase phrases of letters, one to four words.
	 */
	words: z
		.array(
			z.string().regex(/^[a-z']+(?: [a-z']+){0,3}$/, {
				error: 'must be a lowercase phrase of one to four words, letters only, one space between words',
			}),
		)
		.min(1)
		.refine((words) => new Set(words).size === words.length, { error: 'lists a phrase twice: keep one' })
		.optional(),
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

/** The group types, each of which has one guidance file. */
export const GUIDANCE_TYPES = Object.keys(KINDS_BY_TYPE) as (keyof typeof KINDS_BY_TYPE)[];

/** The guidance file of a group type: `family.yaml`. */
export const guidanceFileName = (type: keyof typeof KINDS_BY_TYPE) => `${type}.yaml`;

/**
 * The guidance folder holds one file per group type (`http.yaml`,
 * `status.yaml`, `general.yaml`, `family.yaml`) and nothing else, so no
 * guidance is skipped unseen. Issues are at `[index]` of the listing.
 */
export const guidanceFolderSchema = z.array(folderEntrySchema).superRefine((entries, ctx) => {
	const names = GUIDANCE_TYPES.map(guidanceFileName);
	const holds = `the guidance folder holds one file per group type: ${names.join(', ')}`;
	entries.forEach((entry, index) => {
		if (entry.type === 'file' && names.includes(entry.name)) return;
		ctx.addIssue({
			code: 'custom',
			path: [index],
			message:
				entry.type === 'file' && entry.name.endsWith('.yaml')
					? `is not a guidance file: name it after a group type (${GUIDANCE_TYPES.join(', ')}), or move it out`
					: strayEntryMessage(entry, holds),
		});
	});
});

/**
 * One guidance file: the group type it is named after, and the guidance of
 * each kind it holds. A file holds only kinds of its own type; task status
 * kinds, and only they, have their place in the lifecycle; only BigML's own
 * repositories are quoted as BigML's word. Issues are at `['guidance', kind, …]`.
 */
export const guidanceFileSchema = z
	.strictObject({
		/** The group type, from the file's name (`family.yaml` → `family`). */
		type: z.enum(GUIDANCE_TYPES),
		/** The guidance of each kind, by kind. */
		guidance: z.record(z.string(), guidanceSchema),
	})
	.superRefine(({ type, guidance }, ctx) => {
		const add = (path: PropertyKey[], message: string) =>
			ctx.addIssue({ code: 'custom', path: ['guidance', ...path], message });
		const allowed = KINDS_BY_TYPE[type] as readonly string[];
		for (const [kind, g] of Object.entries(guidance)) {
			if (!allowed.includes(kind)) {
				add(
					[kind],
					`is not a kind of ${type} codes: ${guidanceFileName(type)} may hold only ${allowed.join(', ')} (new kinds go in src/schemas/kind.ts first)`,
				);
			}
			if ((type === 'status') !== (g.lifecycle !== undefined)) {
				add(
					[kind, 'lifecycle'],
					type === 'status'
						? 'is missing: every task status kind needs its place in the lifecycle (phase and final)'
						: 'is only for task statuses: remove it',
				);
			}
			g.bigml?.forEach((citation, i) => {
				if (!citation.repository.startsWith('bigmlcom/')) {
					add(
						[kind, 'bigml', i, 'repository'],
						`"${citation.repository}" is not one of BigML's official repositories (bigmlcom/…): only BigML's own bindings may be quoted as BigML's word; put other sources in the general advice`,
					);
				}
			});
		}
	});

/**
 * The guidance of the whole folder, by kind: every kind has some, so that no
 * code reaches a page without it. Issues are at `[kind]`.
 */
export const guidanceByKindSchema = z.record(z.string(), z.unknown()).superRefine((found, ctx) => {
	for (const kind of KINDS) {
		if (!found[kind]) {
			ctx.addIssue({
				code: 'custom',
				path: [kind],
				message: `has no guidance: add "${kind}" to ${guidanceFileName(typeOfKind(kind))}, the file of its group type`,
			});
		}
	}
});
