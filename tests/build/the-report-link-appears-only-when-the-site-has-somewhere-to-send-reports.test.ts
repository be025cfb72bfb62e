import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { attr, HtmlDocument } from '../support/html.ts';

const CATALOG = 'tests/fixtures/lifecycle-catalog';
const PUBLIC = 'https://codes.example.test';
const TRACKER = 'https://tracker.example.test/acme/codes/issues/new';
const catalog = buildCatalog(readCatalog(CATALOG));
const pagesWithLink = [...catalog.entries.map((e) => e.path), ...catalog.groups.map((g) => g.path)];
let withTarget: SiteBuild;
let without: SiteBuild;

beforeAll(async () => {
	[withTarget, without] = await Promise.all([
		buildSite(CATALOG, { SITE_URL: PUBLIC, REPORT_URL: TRACKER }),
		buildSite(CATALOG, { SITE_URL: PUBLIC }),
	]);
	expect(withTarget.status, withTarget.output).toBe(0);
	expect(without.status, without.output).toBe(0);
});

/** The "Report a problem with this page" links of a built page. */
const reportLinks = (site: SiteBuild, path: string) => {
	const page = new HtmlDocument(site.read(path));
	return page.all('a', (a) => page.text(a) === 'Report a problem with this page').map((a) => attr(a, 'href') ?? '');
};

describe('the report link appears only when the site has somewhere to send reports', () => {
	test('with REPORT_URL, every code and group page links to it, carrying its address and what it shows', () => {
		for (const entry of catalog.entries) {
			const [href, ...more] = reportLinks(withTarget, entry.path);
			expect(more).toEqual([]);
			const url = new URL(href!);
			expect(`${url.origin}${url.pathname}`).toBe(TRACKER);
			expect(url.searchParams.get('title')).toContain(String(entry.code));
			expect(url.searchParams.get('body')).toContain(`Page: ${PUBLIC}${entry.path}`);
			expect(url.searchParams.get('body')).toContain(`Code: ${entry.code} (${entry.id})`);
		}
		for (const group of catalog.groups) {
			const body = new URL(reportLinks(withTarget, group.path)[0]!).searchParams.get('body');
			expect(body).toContain(`Page: ${PUBLIC}${group.path}`);
		}
	});

	test('without it, no page shows the link', () => {
		for (const path of pagesWithLink) expect(reportLinks(without, path), path).toEqual([]);
	});
});
