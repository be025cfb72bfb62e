import { z } from 'astro/zod';
import { ACTORS, RETRY_VERDICTS } from './guidance.ts';
import { GROUP_TYPES } from './group.ts';
import { PROVENANCES } from './code.ts';
import { KINDS, type Kind } from './kind.ts';

const text = z.string().min(1);
const url = z.url();
/** A path on this site, from its root: what its own pages and scripts link with, whatever origin serves it. */
const sitePath = z.string().regex(/^\/(?!\/)\S*$/);

/** One code as `/catalog.json` publishes it. */
export const exportedCodeSchema = z
	.strictObject({
		code: z.int().describe('The number exactly as BigML.io sends it.'),
		name: text.optional().describe('The short name BigML.io gives HTTP and task statuses.'),
		text: text.describe("BigML.io's text for the code, verbatim; for observed codes, the message seen with it."),
		kind: z.enum(KINDS as [Kind, ...Kind[]]).describe('What the code means, in a few words; see `kinds`.'),
		summary: text.describe("One line from the kind's guidance: what happened and what to do."),
		provenance: z
			.enum(PROVENANCES)
			.describe("`documented`: in BigML's Status Codes table; `observed`: not in the table, seen in `sources`."),
		sources: z
			.array(
				z.strictObject({
					repository: text,
					path: text,
					commit: z.string().regex(/^[0-9a-f]{40}$/),
					url,
					quote: text,
					about: text,
				}),
			)
			.optional()
			.describe('Observed codes only: where the code was seen, quoted verbatim.'),
		url: url.describe("The code's permanent page, on the origin the site was built for."),
		path: sitePath.describe(
			"The code's permanent page, from the site's root: the same page on any origin that serves it.",
		),
	})
	.describe('One BigML.io code.');

/** A kind's guidance, in short. */
const kindSummarySchema = z.strictObject({
	label: text,
	summary: text,
	retry: z.enum(RETRY_VERDICTS).describe('Whether sending the same request again can succeed.'),
	actor: z.enum(ACTORS).describe('Who has to act.'),
});

/** One group as `/catalog.json` publishes it. */
export const exportedGroupSchema = z.strictObject({
	slug: z.string().describe('The permanent URL segment of the group.'),
	type: z.enum(GROUP_TYPES).describe('http, status, general or family.'),
	title: text,
	heading: text.describe("The heading of this table on BigML's Status Codes page."),
	resource: z.string().optional().describe('The resource type in BigML ids (`model/…`), where BigML has one.'),
	url: url.describe("The group's page, on the origin the site was built for."),
	path: sitePath.describe("The group's page, from the site's root."),
	codes: z.array(exportedCodeSchema),
});

/** The whole machine-readable catalog, served at `/catalog.json`. */
export const catalogDocumentSchema = z
	.strictObject({
		$schema: url.describe('The JSON Schema of this document.'),
		version: z
			.strictObject({
				date: z.iso.date().describe('When the catalog data last changed (or the build date, without git history).'),
				hash: z
					.string()
					.regex(/^sha256-[0-9a-f]{64}$/)
					.describe('SHA-256 of every catalog data file with its path.'),
			})
			.describe('Which catalog this is.'),
		site: url.describe('The origin the permanent URLs belong to.'),
		kinds: z
			// An object with every kind as a key (not a record), so the JSON Schema lists them as required properties.
			.strictObject(
				Object.fromEntries(KINDS.map((kind) => [kind, kindSummarySchema])) as Record<Kind, typeof kindSummarySchema>,
			)
			.describe('The guidance of each kind, in short.'),
		groups: z.array(exportedGroupSchema),
	})
	.describe(
		'Every BigML.io HTTP status, task status and error code, with its kind, guidance summary and permanent URL.',
	);

/** Which catalog a build published: when its data last changed, and a hash of that data. */
export type CatalogVersion = CatalogDocument['version'];

/** The document `/catalog.json` serves. */
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
