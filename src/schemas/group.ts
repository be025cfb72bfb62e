import { z } from 'astro/zod';
import { apiDocsSchema } from './api-docs.ts';
import { codeEntrySchema } from './code.ts';
import { KINDS_BY_TYPE, typeOfKind } from './kind.ts';
import { numberingIssues } from './numbering.ts';
import { lineOfText } from './text.ts';

/** The sections of the site a group can belong to; each has its own URL space. */
export const GROUP_TYPES = ['http', 'status', 'general', 'family'] as const;

/** How BigML's API documentation groups its resource families. */
export const CATEGORIES = ['data', 'supervised', 'unsupervised', 'predictions', 'whizzml'] as const;

/** A group's slug is its permanent URL segment: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A slug as written in a catalog file. */
const slugSchema = z.string().regex(SLUG_PATTERN, {
	error: 'must be lowercase words joined by hyphens, such as "linear-regression"',
});

/**
 * One file of the catalog: a group of codes as BigML.io publishes it, such as
 * the HTTP statuses or the error codes of one resource family.
 */
export const groupSchema = z
	.strictObject({
		/** Permanent URL segment; must equal the file name (`model.yaml` → `model`). */
		slug: slugSchema,
		/** Position in BigML's own page; groups are listed by it. Unique across the catalog. */
		order: z
			.number({ error: "must be a whole number: the group's position in BigML's page, such as 100" })
			.int({ error: "must be a whole number: the group's position in BigML's page, such as 100" })
			.nonnegative({ error: 'must not be negative: positions count up from 0 (the HTTP statuses)' }),
		/** Which part of the site the group lives in: `/http/`, `/status/` or `/errors/`. */
		type: z.enum(GROUP_TYPES),
		/** Plural heading, such as "Models" or "HTTP status codes". */
		title: lineOfText('write the plural heading, such as "Models"'),
		/** Singular, lowercase resource noun for families ("linear regression"), used in sentences. */
		noun: lineOfText('write the singular resource noun, such as "linear regression"').optional(),
		/** Where BigML's API documentation files the family (data, supervised, …). Families only. */
		category: z.enum(CATEGORIES).optional(),
		/** The resource type as it appears in BigML resource ids (`model/5af…`), where BigML has one. */
		resource: z
			.string()
			.regex(/^[a-z]+$/, { error: 'must be the lowercase resource type of BigML ids, such as "linearregression"' })
			.optional(),
		/** The heading of this table on BigML's Status Codes page, to trace every entry to its source. */
		heading: lineOfText("copy the heading of this table on BigML's Status Codes page"),
		/**
		 * Slugs the group was published under before (oldest first). Their URLs, the group's page and every code
		 * page under it, stay as redirects to the current ones, because tickets link to them. Never remove one.
		 */
		formerSlugs: z.array(slugSchema).optional(),
		/** One line saying what the group covers. */
		description: lineOfText('write one line saying what the group covers'),
		/** The codes, in the order BigML's page lists them. */
		codes: z
			.array(codeEntrySchema)
			.min(1, { error: 'is empty: a group needs at least one code' })
			// Checked on the array itself so a duplicate is reported even when the group has other problems.
			.superRefine((codes, ctx) => {
				const seen = new Map<number, number>();
				codes.forEach((entry, index) => {
					const first = seen.get(entry.code);
					if (first === undefined) seen.set(entry.code, index);
					else
						ctx.addIssue({
							code: 'custom',
							path: [index, 'code'],
							message: `duplicates codes[${first}]: ${entry.code} appears twice in this group; remove one, or move it to the group it belongs to`,
						});
				});
			}),
		// Added for links to BigML's documentation (issue 12), last and apart from the fields above.
		/** Families only: the resource's page in BigML's API documentation, with where BigML gives that address. */
		apiDocs: apiDocsSchema.optional(),
	})
	.superRefine((group, ctx) => {
		group.formerSlugs?.forEach((former, index) => {
			if (former === group.slug || group.formerSlugs?.indexOf(former) !== index) {
				ctx.addIssue({
					code: 'custom',
					path: ['formerSlugs', index],
					message:
						former === group.slug
							? `"${former}" is the current slug: formerSlugs lists only the slugs the group had before`
							: `"${former}" is listed twice: list each earlier slug once`,
				});
			}
		});
		group.codes.forEach((entry, index) => {
			if (entry.replacedBy !== undefined && entry.retired === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['codes', index, 'replacedBy'],
					message: 'needs "retired" too: only a retired code has a replacement; add retired: <the ISO date>',
				});
			}
			if ((group.type === 'http' || group.type === 'status') && entry.name === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['codes', index, 'name'],
					message: `is missing: every ${group.type === 'http' ? 'HTTP' : 'task'} status needs its name, such as "Too Many Requests"`,
				});
			}
			if (!(KINDS_BY_TYPE[group.type] as readonly string[]).includes(entry.kind)) {
				ctx.addIssue({
					code: 'custom',
					path: ['codes', index, 'kind'],
					message: `"${entry.kind}" is a kind for ${typeOfKind(entry.kind)} groups, not ${group.type} ones; use one of: ${KINDS_BY_TYPE[group.type].join(', ')}`,
				});
			}
		});
		// BigML's numbering: the range of each type of group, and the pattern of family codes.
		for (const { index, field, message } of numberingIssues(group)) {
			ctx.addIssue({ code: 'custom', path: ['codes', index, field], message });
		}
		if (group.type === 'family') {
			for (const key of ['noun', 'category'] as const) {
				if (group[key] === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: `is missing: every resource family needs one; add "${key}"`,
					});
				}
			}
		}
	});

/** A validated catalog group. */
export type Group = z.infer<typeof groupSchema>;
/** Where a group lives on the site. */
export type GroupType = (typeof GROUP_TYPES)[number];
/** A family's place in BigML's API documentation. */
export type Category = (typeof CATEGORIES)[number];
