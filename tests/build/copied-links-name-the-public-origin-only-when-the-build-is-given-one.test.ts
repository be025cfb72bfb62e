import { beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/build/site.ts';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { attr, HtmlDocument } from '../support/html.ts';

const CATALOG = 'tests/fixtures/lifecycle-catalog';
const PUBLIC = 'https://codes.example.test';
const entry = buildCatalog(readCatalog(CATALOG)).entries.find((e) => e.retired === undefined)!;
let published: SiteBuild;
let local: SiteBuild;

beforeAll(async () => {
	[published, local] = await Promise.all([buildSite(CATALOG, { SITE_URL: PUBLIC }), buildSite(CATALOG)]);
	expect(published.status, published.output).toBe(0);
	expect(local.status, local.output).toBe(0);
});

/** What a code page says its address is, in each place it says it. */
function addresses(site: SiteBuild) {
	const page = new HtmlDocument(site.read(entry.path));
	const permanent = page.first('p', (p) => attr(p, 'class')?.includes('permalink') ?? false);
	return {
		buttons: page
			.all('copy-button', (b) => attr(b, 'data-copy') !== 'text')
			.map((b) => ({ origin: attr(b, 'data-origin'), path: attr(b, 'data-path') })),
		permanent: page.text(permanent),
		href: attr(page.inside(permanent, 'a')[0], 'href'),
		canonical: attr(
			page.first('link', (l) => attr(l, 'rel') === 'canonical'),
			'href',
		),
		image: attr(
			page.first('meta', (m) => attr(m, 'property') === 'og:image'),
			'content',
		),
		sitemap: site.read('/sitemap.xml'),
	};
}

describe('copied links name the public origin only when the build is given one', () => {
	test('with SITE_URL, the buttons, the permanent link, canonical links, images and the sitemap use it', () => {
		const found = addresses(published);
		expect(found.buttons).toEqual([
			{ origin: PUBLIC, path: entry.path },
			{ origin: PUBLIC, path: entry.path },
		]);
		expect(found.permanent).toBe(`Permanent link: ${PUBLIC}${entry.path}`);
		expect(found.href).toBe(entry.path);
		expect(found.canonical).toBe(`${PUBLIC}${entry.path}`);
		expect(found.image?.startsWith(`${PUBLIC}/`)).toBe(true);
		expect(found.sitemap).toContain(`<loc>${PUBLIC}${entry.path}</loc>`);
		expect(published.output).not.toContain('SITE_URL is not set');
	});

	test('without it, the buttons and the permanent link take the address the page is opened at', () => {
		const found = addresses(local);
		expect(found.buttons).toEqual([
			{ origin: undefined, path: entry.path },
			{ origin: undefined, path: entry.path },
		]);
		// The local origin only holds the place of the one the script writes in (and is hidden without scripts).
		const page = new HtmlDocument(local.read(entry.path));
		expect(page.all('page-origin').map((el) => page.text(el))).toEqual([LOCAL_ORIGIN]);
		expect(found.href).toBe(entry.path);
	});

	test('without it, the build says in one line that canonical links and the sitemap name the local origin', () => {
		const lines = local.output.split('\n').filter((line) => line.includes('SITE_URL is not set'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(`canonical links, preview images and the sitemap will name ${LOCAL_ORIGIN}`);
		expect(local.read('/sitemap.xml')).toContain(`<loc>${LOCAL_ORIGIN}${entry.path}</loc>`);
	});
});
