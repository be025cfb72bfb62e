import { describe, expect, test } from 'vitest';
import { listFiles } from '../../tools/permalinks.mjs';
import { fileOfPath } from '../../src/utils/paths.ts';
import { attr } from '../support/html.ts';
import { builtPages, DIST } from '../support/built-site.ts';
import { isInternal, urlsOf } from '../support/page-urls.ts';

describe('every internal link and anchor resolves', () => {
	test('every internal link, asset and redirect leads to a built file, by its canonical URL', () => {
		const files = new Set(listFiles(DIST));
		const broken: string[] = [];
		for (const page of builtPages()) {
			for (const { url, what } of urlsOf(page).filter(({ url, samePage }) => isInternal(url) && !samePage)) {
				const path = decodeURIComponent(url.pathname);
				const file = fileOfPath(path);
				if (files.has(file)) continue;
				const hint = files.has(`${file}/index.html`)
					? ' (add the trailing slash: without it the server redirects)'
					: '';
				broken.push(`${page.path}: ${what} → ${path} is not built${hint}`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('every #anchor names an element id on the page it points to', () => {
		const idsByPath = new Map(
			builtPages().map((page) => [page.path, new Set(page.doc.all().map((el) => attr(el, 'id')))]),
		);
		const broken: string[] = [];
		for (const page of builtPages()) {
			for (const { url, what, samePage } of urlsOf(page).filter(({ url }) => isInternal(url) && url.hash !== '')) {
				const id = decodeURIComponent(url.hash.slice(1));
				const target = samePage ? page.path : url.pathname;
				if (!id || !idsByPath.get(target)?.has(id)) broken.push(`${page.path}: ${what} → no id "${id}" on ${target}`);
			}
		}
		expect(broken).toEqual([]);
	});
});
