import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { SITE } from '../../src/build/site.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { attr, HtmlDocument } from '../support/html.ts';

const CATALOG = 'tests/fixtures/lifecycle-catalog';
const catalog = buildCatalog(readCatalog(CATALOG));
const renamed = catalog.groups.filter((g) => g.formerSlugs?.length);
/** Every old URL and the page it must lead to, listed from the fixture itself rather than from the code under test. */
const expected = renamed.flatMap((group) =>
	group.formerSlugs!.flatMap((former) => {
		const old = group.path.replace(`/${group.slug}/`, `/${former}/`);
		return [
			{ old, now: group.path },
			...group.entries.map((entry) => ({ old: `${old}${entry.code}/`, now: entry.path })),
		];
	}),
);
let site: SiteBuild;

beforeAll(async () => {
	site = await buildSite(CATALOG);
	expect(site.status, site.output).toBe(0);
});

describe("a renamed group's old URLs, its page and every code page, redirect to the new ones", () => {
	test('the fixture renames a group twice', () => {
		expect(renamed[0]?.formerSlugs).toHaveLength(2);
		expect(expected.length).toBe(2 * (1 + renamed[0]!.entries.length));
	});

	for (const { old, now } of expected) {
		test(`${old} leads to ${now}, with and without JavaScript`, () => {
			const page = new HtmlDocument(site.read(old));
			const meta = (name: string, key = 'name') => page.first('meta', (m) => attr(m, key) === name);
			expect(attr(meta('refresh', 'http-equiv'), 'content')).toBe(`0; url=${now}`);
			expect(
				attr(
					page.first('link', (l) => attr(l, 'rel') === 'canonical'),
					'href',
				),
			).toBe(new URL(now, SITE).href);
			expect(attr(meta('robots'), 'content')).toBe('noindex');
			const main = page.first('main');
			expect(page.inside(main, 'a').map((a) => attr(a, 'href'))).toContain(now);
			expect(page.text(main)).toContain('This page has moved');
		});
	}

	test('the new URLs are full pages, not redirects', () => {
		for (const { now } of expected) {
			const page = new HtmlDocument(site.read(now));
			expect(
				page.first('meta', (m) => attr(m, 'http-equiv') === 'refresh'),
				now,
			).toBeUndefined();
		}
	});
});
