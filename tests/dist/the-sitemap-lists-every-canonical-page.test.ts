import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/build/site.ts';
import { NOT_FOUND_FILE, ROBOTS_PATH, SITEMAP_PATH } from '../../src/utils/paths.ts';
import { attr, HtmlDocument } from '../support/html.ts';
import { builtPage, builtPages, DIST } from '../support/built-site.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const sitemap = new HtmlDocument(read(SITEMAP_PATH));
const listed = sitemap.all('loc').map((loc) => sitemap.text(loc));
const pages = builtPages().map((page) => ({
	...page,
	canonical: attr(
		page.doc.first('link', (l) => attr(l, 'rel') === 'canonical'),
		'href',
	),
	noindex: /noindex/.test(
		attr(
			page.doc.first('meta', (m) => attr(m, 'name') === 'robots'),
			'content',
		) ?? '',
	),
}));
const indexable = pages.filter((page) => !page.noindex);

describe('the sitemap lists every canonical page', () => {
	test('every indexable page declares its own URL as canonical', () => {
		const wrong = indexable
			.filter((page) => page.canonical !== new URL(page.path, SITE).href)
			.map((page) => `${page.path}: canonical ${page.canonical ?? '(none)'}`);
		expect(wrong).toEqual([]);
	});

	test('sitemap.xml lists exactly the canonical URLs of the indexable pages, once each', () => {
		expect(listed.filter((url, i) => listed.indexOf(url) !== i)).toEqual([]);
		expect([...listed].sort()).toEqual(indexable.map((page) => page.canonical).sort());
	});

	test('every URL of the sitemap is a built page, not a redirect', () => {
		const wrong = listed.flatMap((url) => {
			const page = builtPage(new URL(url).pathname);
			if (!page) return [`${url}: not built`];
			return page.redirectsTo === undefined ? [] : [`${url}: redirects to ${page.redirectsTo}`];
		});
		expect(wrong).toEqual([]);
	});

	test('redirect stubs and the 404 page are kept out of search engines and of the sitemap', () => {
		const stubs = pages.filter((page) => page.redirectsTo !== undefined || page.path === NOT_FOUND_FILE);
		expect(stubs.length).toBeGreaterThan(0);
		const inSitemap = new Set(listed);
		const wrong = stubs
			.filter((stub) => !stub.noindex || inSitemap.has(new URL(stub.path, SITE).href))
			.map((stub) => `${stub.path}: ${stub.noindex ? 'in the sitemap' : 'not noindex'}`);
		expect(wrong).toEqual([]);
	});

	test('robots.txt points crawlers at the sitemap', () => {
		expect(read(ROBOTS_PATH)).toContain(`Sitemap: ${new URL(SITEMAP_PATH, SITE).href}`);
	});
});
