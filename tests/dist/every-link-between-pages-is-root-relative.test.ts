import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SITE } from '../../src/build/site.ts';
import { attr } from '../support/html.ts';
import { builtPages, DIST } from '../support/built-site.ts';

/**
 * A link from one page to another names the path alone, so the site works at
 * any origin that serves it. Only what must be absolute is: the canonical
 * link and the Open Graph and structured-data URLs read by crawlers.
 */
test('every link, form and redirect between pages names a path from the root, never an origin', () => {
	const origin = new URL(SITE).origin;
	const found: string[] = [];
	for (const { path, doc } of builtPages()) {
		for (const el of doc.all('*', (e) => ['a', 'form', 'meta'].includes(e.name))) {
			const value =
				el.name === 'a'
					? attr(el, 'href')
					: el.name === 'form'
						? attr(el, 'action')
						: attr(el, 'http-equiv') === 'refresh'
							? attr(el, 'content')?.replace(/^\d+;\s*url=/i, '')
							: undefined;
			if (value === undefined || value.startsWith('#') || value.startsWith('mailto:')) continue;
			if (value.startsWith(origin) || value.startsWith('//'))
				found.push(`${path}: <${el.name}> ${value} names an origin; link by path`);
			else if (!/^https?:/.test(value) && !value.startsWith('/'))
				found.push(`${path}: <${el.name}> ${value} is relative to the page, not to the root`);
		}
	}
	expect(found).toEqual([]);
});

test('catalog.json gives every group and code its path beside its absolute URL, and the two agree', () => {
	const doc = JSON.parse(readFileSync(join(DIST, 'catalog.json'), 'utf8')) as {
		groups: { url: string; path: string; codes: { url: string; path: string }[] }[];
	};
	const mismatched = doc.groups
		.flatMap((g) => [g, ...g.codes])
		.filter((item) => !item.path.startsWith('/') || new URL(item.url).pathname !== item.path);
	expect(mismatched).toEqual([]);
});
