import { attr, type HtmlDocument } from './html.ts';

/** What a built page shows, as a reader of its text and a link unfurler see it. */
export interface PageFacts {
	title: string;
	h1: string;
	/** The text of `<article>`, whitespace collapsed. */
	article: string;
	breadcrumbs: string;
	meta: {
		canonical: string | undefined;
		description: string | undefined;
		ogTitle: string | undefined;
		ogDescription: string | undefined;
		ogUrl: string | undefined;
		refresh: string | undefined;
	};
	/** Each row of the page's tables (`tbody tr`), in order. */
	rows: { id: string | undefined; text: string; current: boolean; links: { text: string; href: string }[] }[];
}

/** Reads the facts the catalog-wide checks compare with the catalog from a parsed page. */
export function pageFacts(doc: HtmlDocument): PageFacts {
	const metaContent = (key: 'name' | 'property' | 'http-equiv', value: string) =>
		attr(
			doc.first('meta', (m) => attr(m, key)?.toLowerCase() === value),
			'content',
		);
	return {
		title: doc.text(doc.first('title')),
		h1: doc.text(doc.first('h1')),
		article: doc.text(doc.first('article')),
		breadcrumbs: doc.text(doc.first('nav', (n) => attr(n, 'aria-label') === 'Breadcrumbs')),
		meta: {
			canonical: attr(
				doc.first('link', (l) => attr(l, 'rel') === 'canonical'),
				'href',
			),
			description: metaContent('name', 'description'),
			ogTitle: metaContent('property', 'og:title'),
			ogDescription: metaContent('property', 'og:description'),
			ogUrl: metaContent('property', 'og:url'),
			refresh: metaContent('http-equiv', 'refresh'),
		},
		rows: doc
			.all('tbody')
			.flatMap((body) => doc.inside(body, 'tr'))
			.map((row) => ({
				id: attr(row, 'id'),
				text: doc.text(row),
				current: attr(row, 'aria-current') !== undefined,
				links: doc.inside(row, 'a').map((a) => ({ text: doc.text(a), href: attr(a, 'href') ?? '' })),
			})),
	};
}
