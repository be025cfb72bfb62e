import { z } from 'astro/zod';
import { citationUrl } from '../schemas/citation.ts';
import { catalogDocumentSchema, type CatalogDocument, type CatalogVersion } from '../schemas/catalog-export.ts';
import type { Catalog } from './catalog.ts';
import type { GuidanceByKind } from './guidance.ts';
import { absoluteUrl, CATALOG_SCHEMA_PATH, HOME_PATH } from './paths.ts';

/**
 * Builds the document `/catalog.json` serves: every group and code, with its
 * absolute permanent URL and its path from the site's root (which the site's
 * own scripts link with, so a copy of the site served elsewhere links to itself).
 */
export function catalogDocument(
	catalog: Catalog,
	guidance: GuidanceByKind,
	version: CatalogVersion,
	site: string | URL,
): CatalogDocument {
	const abs = (path: string) => absoluteUrl(path, site);
	return {
		$schema: abs(CATALOG_SCHEMA_PATH),
		version: { date: version.date, hash: version.hash },
		site: abs(HOME_PATH),
		kinds: Object.fromEntries(
			Object.entries(guidance).map(([kind, g]) => [
				kind,
				{ label: g.label, summary: g.summary, retry: g.retry.verdict, actor: g.actor },
			]),
		) as CatalogDocument['kinds'],
		groups: catalog.groups.map((group) => ({
			slug: group.slug,
			type: group.type,
			title: group.title,
			heading: group.heading,
			...(group.resource && { resource: group.resource }),
			url: abs(group.path),
			path: group.path,
			codes: group.entries.map((entry) => ({
				code: entry.code,
				...(entry.name && { name: entry.name }),
				text: entry.text,
				kind: entry.kind,
				summary: guidance[entry.kind].summary,
				provenance: entry.provenance,
				...(entry.sources && {
					sources: entry.sources.map((s) => ({ ...s, url: citationUrl(s) })),
				}),
				url: abs(entry.path),
				path: entry.path,
			})),
		})),
	};
}

/** The JSON Schema of `/catalog.json`, generated from the zod schema the build checks the document with. */
export function catalogJsonSchema(site: string | URL): Record<string, unknown> {
	return {
		$id: absoluteUrl(CATALOG_SCHEMA_PATH, site),
		title: 'BigML.io status and error codes',
		...z.toJSONSchema(catalogDocumentSchema),
	};
}

/** Quotes a CSV field as RFC 4180 asks: only when needed, with quotes doubled. */
export const csvField = (value: string | number | undefined) => {
	const s = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The catalog as RFC 4180 CSV: a header row, then one row per code, lines ended by CRLF. */
export function catalogCsv(doc: CatalogDocument): string {
	const header = ['group', 'type', 'code', 'name', 'text', 'kind', 'summary', 'provenance', 'url'];
	const rows = doc.groups.flatMap((g) =>
		g.codes.map((c) => [g.slug, g.type, c.code, c.name, c.text, c.kind, c.summary, c.provenance, c.url]),
	);
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
