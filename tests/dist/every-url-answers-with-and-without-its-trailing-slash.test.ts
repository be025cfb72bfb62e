import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishedUrls, readManifest } from '../../tools/permalinks.mjs';
import { DIST } from '../support/built-site.ts';
import { fetchAll, serveSite, type ServedSite } from '../support/serve-site.ts';

/**
 * The URLs as tools/serve.mjs answers them, the way every static host the
 * README documents must: each published URL (and each of permalinks.json,
 * which must all still be built) answers 200 with its type, and a page URL
 * that lost its trailing slash in a ticket redirects to it.
 */
const urls = [...new Set([...publishedUrls(DIST), ...(process.env['CATALOG_DIR'] ? [] : readManifest())])].sort();
/** The Content-Type each kind of published file is served with. */
const TYPES: [suffix: RegExp, type: RegExp][] = [
	[/\/$/, /^text\/html/],
	[/\.html$/, /^text\/html/],
	[/\.json$/, /^application\/json/],
	[/\.csv$/, /^text\/csv/],
	[/\.xml$/, /^(application|text)\/xml/],
	[/\.txt$/, /^text\/plain/],
	[/\.svg$/, /^image\/svg\+xml/],
];

let site: ServedSite;
beforeAll(async () => {
	site = await serveSite(DIST);
});
afterAll(() => site?.close());

describe('every URL answers, with and without its trailing slash', () => {
	test('every published URL answers 200 with the content type of its kind', async () => {
		const wrong = (await fetchAll(site.origin, urls)).flatMap(({ path, response }) => {
			const type = response.headers.get('content-type') ?? '';
			const expected = TYPES.find(([suffix]) => suffix.test(path))?.[1];
			if (response.status !== 200) return [`${path}: answers ${response.status}`];
			if (!expected) return [`${path}: no Content-Type is expected for its kind; add it to TYPES`];
			return expected.test(type) ? [] : [`${path}: served as "${type}"`];
		});
		expect(urls.length).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});

	test('every page URL without its trailing slash redirects (301) to the URL with it', async () => {
		const pages = urls.filter((url) => url.endsWith('/') && url !== '/');
		const bare = pages.map((url) => url.slice(0, -1));
		const wrong = (await fetchAll(site.origin, bare)).flatMap(({ path, response }) => {
			const location = new URL(response.headers.get('location') ?? '', site.origin).pathname;
			return response.status === 301 && location === `${path}/`
				? []
				: [`${path}: answers ${response.status} to ${response.headers.get('location')}`];
		});
		expect(wrong).toEqual([]);
	});
});
