import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { SITE } from '../../src/build/site.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { attr, HtmlDocument } from '../support/html.ts';

const CATALOG = 'tests/fixtures/lifecycle-catalog';
const catalog = buildCatalog(readCatalog(CATALOG));
const retired = catalog.entries.filter((e) => e.retired !== undefined);
let site: SiteBuild;

beforeAll(async () => {
	site = await buildSite(CATALOG);
	expect(site.status, site.output).toBe(0);
});

describe('a retired code keeps its page, says so plainly and points to its replacement', () => {
	test('the fixture has retired codes with and without a replacement', () => {
		expect(retired.some((e) => e.replacement)).toBe(true);
		expect(retired.some((e) => !e.replacement)).toBe(true);
	});

	for (const entry of retired) {
		test(`${entry.path} is still published, indexable, and says it is retired`, () => {
			const page = new HtmlDocument(site.read(entry.path));
			expect(page.text(page.first('h1'))).toContain(String(entry.code));
			expect(page.text(page.first('title'))).toContain('(retired)');
			expect(
				attr(
					page.first('link', (l) => attr(l, 'rel') === 'canonical'),
					'href',
				),
			).toBe(new URL(entry.path, SITE).href);
			expect(page.first('meta', (m) => attr(m, 'name') === 'robots')).toBeUndefined();

			const note = page.first('div', (d) => attr(d, 'role') === 'note');
			expect(note, 'the page has no retirement note').toBeDefined();
			expect(page.text(note)).toMatch(/^Retired code\. BigML\.io stopped documenting it on \d{1,2} \w+ \d{4}\./);
			expect(attr(page.all('time')[0], 'datetime')).toBe(entry.retired);
			const links = page.inside(note, 'a').map((a) => attr(a, 'href'));
			if (entry.replacement) {
				expect(links).toEqual([entry.replacement.path]);
				expect(page.text(note)).toContain(`Use ${entry.replacement.code} ·`);
			} else {
				expect(links).toEqual([]);
				expect(page.text(note)).toContain('It has no replacement.');
			}
		});
	}

	test('the replacement names the codes it replaces', () => {
		for (const entry of retired.filter((e) => e.replacement)) {
			const page = new HtmlDocument(site.read(entry.replacement!.path));
			const replaces = page.first('dt', (dt) => page.text(dt) === 'Replaces');
			expect(replaces, `${entry.replacement!.path} does not say what it replaces`).toBeDefined();
			expect(page.all('a', (a) => attr(a, 'href') === entry.path)).not.toHaveLength(0);
		}
	});

	test("the group's table marks retired codes", () => {
		const page = new HtmlDocument(site.read(retired[0]!.group.path));
		for (const entry of retired) {
			const row = page.first('tr', (tr) => attr(tr, 'id') === String(entry.code));
			expect(page.text(row)).toContain(`retired ${entry.retired}`);
		}
	});
});
