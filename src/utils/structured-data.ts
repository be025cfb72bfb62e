import { STATUS_CODES_URL } from './bigml-links.ts';
import type { CatalogEntry, CatalogGroup } from './catalog.ts';
import type { Crumb } from './crumbs.ts';
import { absoluteUrl, HOME_PATH } from './paths.ts';

/** The site's name, as search engines show it. */
export const SITE_NAME = 'BigML.io status and error codes';

/** What every page's structured data needs besides its own content: where the site lives. */
export interface PageContext {
	/** The origin of canonical URLs. */
	site: string | URL;
	/** The page's breadcrumb trail, the page itself last. */
	crumbs: readonly Crumb[];
	/** The absolute URL of the page's preview image. */
	image: string;
	/** When the catalog data last changed (ISO date). */
	dateModified: string;
}

/** A schema.org node, as JSON-LD writes it. */
export type JsonLd = { '@type': string } & Record<string, unknown>;

/** The trail as schema.org's BreadcrumbList, which search engines show instead of the bare URL. */
function breadcrumbs(context: PageContext): JsonLd {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: context.crumbs.map((crumb, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: crumb.label,
			item: absoluteUrl(crumb.href, context.site),
		})),
	};
}

/** What every page is part of, and what it draws on: the site, and BigML's Status Codes page. */
function provenance(context: PageContext) {
	return {
		isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(HOME_PATH, context.site) },
		isBasedOn: { '@type': 'WebPage', name: 'BigML.io API documentation: Status Codes', url: STATUS_CODES_URL },
		inLanguage: 'en',
		dateModified: context.dateModified,
		image: context.image,
	};
}

/**
 * A code page as schema.org sees a reference entry: a TechArticle about one
 * DefinedTerm (the code, with BigML's text as its description) in the group's
 * DefinedTermSet, with its breadcrumbs.
 */
export function codeStructuredData(
	entry: CatalogEntry,
	page: { title: string; description: string },
	context: PageContext,
): Record<string, unknown> {
	const url = absoluteUrl(entry.path, context.site);
	return {
		'@context': 'https://schema.org',
		'@graph': [
			{
				'@type': 'TechArticle',
				'@id': url,
				url,
				headline: page.title,
				description: page.description,
				...provenance(context),
				about: {
					'@type': 'DefinedTerm',
					termCode: String(entry.code),
					name: entry.name ?? entry.text,
					description: entry.text,
					inDefinedTermSet: {
						'@type': 'DefinedTermSet',
						name: entry.group.title,
						url: absoluteUrl(entry.group.path, context.site),
					},
				},
			},
			breadcrumbs(context),
		],
	};
}

/** A group page: a CollectionPage whose main entity is the group as a DefinedTermSet, each code a DefinedTerm. */
export function groupStructuredData(
	group: CatalogGroup,
	page: { title: string; description: string },
	context: PageContext,
): Record<string, unknown> {
	const url = absoluteUrl(group.path, context.site);
	return {
		'@context': 'https://schema.org',
		'@graph': [
			{
				'@type': 'CollectionPage',
				'@id': url,
				url,
				name: page.title,
				description: page.description,
				...provenance(context),
				mainEntity: {
					'@type': 'DefinedTermSet',
					name: group.title,
					description: group.description,
					hasDefinedTerm: group.entries.map((entry) => ({
						'@type': 'DefinedTerm',
						termCode: String(entry.code),
						name: entry.name ?? entry.text,
						url: absoluteUrl(entry.path, context.site),
					})),
				},
			},
			breadcrumbs(context),
		],
	};
}

/**
 * Serialises structured data for a `<script type="application/ld+json">`: `<`
 * is escaped, so no text (BigML's or anyone's) can close the script element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
