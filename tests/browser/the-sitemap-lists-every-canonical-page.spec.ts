import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SITE } from '../../src/build/site.ts';
import { attr, HtmlDocument } from '../support/html.ts';
import { builtPages, DIST, notOk } from './support/site.ts';

const sitemap = new HtmlDocument(readFileSync(join(DIST, 'sitemap.xml'), 'utf8'));
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

test('every indexable page declares its own URL as canonical', () => {
	const wrong = indexable
		.filter((page) => page.canonical !== new URL(page.path, SITE).href)
		.map((page) => `${page.path}: canonical ${page.canonical ?? '(none)'}`);
	expect(wrong).toEqual([]);
});

test('sitemap.xml lists exactly the canonical URLs of the indexable pages, once each', () => {
	expect(new Set(listed).size).toBe(listed.length);
	expect([...listed].sort()).toEqual(indexable.map((page) => page.canonical).sort());
});

test('redirect stubs and the 404 page are kept out of search engines and of the sitemap', () => {
	const stubs = pages.filter((page) => page.redirectsTo !== undefined || page.path === '/404.html');
	expect(stubs.length).toBeGreaterThan(0);
	const inSitemap = new Set(listed);
	const wrong = stubs
		.filter((stub) => !stub.noindex || inSitemap.has(new URL(stub.path, SITE).href))
		.map((stub) => `${stub.path}: ${stub.noindex ? 'in the sitemap' : 'not noindex'}`);
	expect(wrong).toEqual([]);
});

test('robots.txt points crawlers at the sitemap, and every sitemap URL answers 200', async ({ request }) => {
	const robots = await request.get('/robots.txt');
	expect(robots.status()).toBe(200);
	expect(await robots.text()).toContain(`Sitemap: ${new URL('/sitemap.xml', SITE).href}`);
	expect(
		await notOk(
			request,
			listed.map((url) => new URL(url).pathname),
		),
	).toEqual([]);
});
