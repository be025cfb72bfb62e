import { expect, test } from 'vitest';
import { STATUS_CODES_URL, SUPPORT_EMAIL } from '../../src/utils/bigml-links.ts';
import { attr } from '../support/html.ts';
import { catalog } from '../support/catalog.ts';
import { builtPages } from '../support/built-site.ts';

const pages = builtPages().filter((p) => p.redirectsTo === undefined);
const links = (page: (typeof pages)[number]) => page.doc.all('a').map((a) => attr(a, 'href') ?? '');
const byPath = new Map(pages.map((p) => [p.path, p]));

test("every page links BigML's Status Codes page, where the texts it quotes come from", () => {
	const missing = pages.filter((p) => !links(p).includes(STATUS_CODES_URL)).map((p) => p.path);
	expect(missing).toEqual([]);
});

test("family and code pages link the resource's API documentation where BigML attests it, and nowhere else", () => {
	const found: string[] = [];
	const attested = new Set(catalog.groups.flatMap((g) => (g.apiDocs ? [g.apiDocs.url] : [])));
	for (const group of catalog.groups) {
		for (const path of [group.path, ...group.entries.map((e) => e.path)]) {
			const hrefs = links(byPath.get(path)!).filter(
				(h) => h.startsWith('https://bigml.com/api/') && h !== STATUS_CODES_URL,
			);
			const expected = group.apiDocs ? [group.apiDocs.url] : [];
			if (JSON.stringify([...new Set(hrefs)]) !== JSON.stringify(expected))
				found.push(`${path}: ${hrefs.join(', ') || 'none'}`);
		}
	}
	for (const page of pages) {
		for (const href of links(page).filter((h) => h.startsWith('https://bigml.com/api/'))) {
			if (href !== STATUS_CODES_URL && !attested.has(href)) found.push(`${page.path}: ${href} is not attested`);
		}
	}
	expect(found).toEqual([]);
});

test('every page that says to contact BigML support says how, with the address BigML publishes', () => {
	const asked = pages.filter((p) => /contact BigML( support)?\b/i.test(p.doc.text(p.doc.first('main'))));
	expect(asked.length).toBeGreaterThan(0);
	const silent = asked.filter((p) => !links(p).includes(`mailto:${SUPPORT_EMAIL}`)).map((p) => p.path);
	expect(silent).toEqual([]);
});
