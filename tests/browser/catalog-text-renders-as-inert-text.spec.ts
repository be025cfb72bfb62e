import { marked } from 'marked';
import { buildCatalog, codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { permalink } from '../support/catalog.ts';
import { expect, test } from './support/fixtures.ts';
import { serveFixtureSite, type FixtureSite } from '../support/serve-site.ts';
import { builtPages } from '../support/built-site.ts';
import { attr, HtmlDocument, type HtmlElement } from '../support/html.ts';

/**
 * A catalog whose texts are attacks: script tags, event handlers, javascript:
 * links, attribute breakouts and Markdown tricks. Built with the real build
 * and served with the real headers, every page must show them as plain text.
 */
const CATALOG = 'tests/fixtures/hostile-catalog';
const catalog = buildCatalog(readCatalog(CATALOG));
/** What the hostile texts would create if one were not escaped: their own tags, handlers and URLs. */
const FOREIGN =
	'img[src="x"], img[src="x.png"], svg[onload], iframe, b, script:not([src]), a[href^="javascript:" i], [onerror], [onload], [onclick]';

/** The same test on a parsed file, for pages a browser cannot hold still (redirect stubs). */
const isForeign = (el: HtmlElement) =>
	(el.name === 'img' && ['x', 'x.png'].includes(attr(el, 'src') ?? '')) ||
	['iframe', 'b'].includes(el.name) ||
	(el.name === 'script' && !attr(el, 'src')) ||
	Object.keys(el.attribs).some((name) => /^on/i.test(name)) ||
	/^\s*javascript:/i.test(attr(el, 'href') ?? '');

test.describe.configure({ mode: 'serial' });
let site: FixtureSite;
test.beforeAll(async () => {
	test.setTimeout(90_000);
	site = await serveFixtureSite(CATALOG);
});
test.afterAll(() => site?.close());

test('every page shows the hostile texts literally, creates no element from them and opens no dialog', async ({
	sweep: page,
}) => {
	const dialogs: string[] = [];
	const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
		dialogs.push(d.message());
		void d.dismiss();
	};
	page.on('dialog', onDialog);
	const found: string[] = [];
	try {
		const pages = builtPages(site.build.outDir);
		for (const stub of pages.filter((p) => p.redirectsTo !== undefined)) {
			// A redirect stub is gone before a script could read it: its markup is checked as built.
			found.push(
				...stub.doc.all('*', isForeign).map((el) => `${stub.path}: <${el.name}> ${JSON.stringify(el.attribs)}`),
			);
		}
		const paths = pages.filter((p) => p.redirectsTo === undefined).map((p) => p.path);
		for (const path of paths) {
			await page.goto(`${site.origin}${path}`);
			const facts = await page.evaluate((foreign) => {
				const headline = document.querySelector('h1 .headline')?.textContent ?? null;
				return {
					foreign: [...document.querySelectorAll(foreign)].map((el) => el.outerHTML.slice(0, 80)),
					bodyShown: getComputedStyle(document.body).display !== 'none',
					headline,
					article: document.querySelector('article')?.textContent ?? '',
					lede: document.querySelector('.lede')?.textContent ?? null,
				};
			}, FOREIGN);
			found.push(...facts.foreign.map((html) => `${path}: ${html}`));
			if (!facts.bodyShown) found.push(`${path}: a catalog text hid the page`);
			const entry = catalog.entries.find((e) => e.path === path);
			if (entry && facts.headline !== codeHeadline(entry)) found.push(`${path}: headline ${facts.headline}`);
			if (entry && !facts.article.includes(entry.text)) found.push(`${path}: text not shown literally`);
			const group = catalog.groups.find((g) => g.path === path);
			if (group && facts.lede !== group.description) found.push(`${path}: description ${facts.lede}`);
		}
		expect(paths.length).toBeGreaterThan(catalog.entries.length);
		expect(pages.length).toBeGreaterThan(paths.length);
	} finally {
		page.off('dialog', onDialog);
	}
	expect(dialogs).toEqual([]);
	expect(found).toEqual([]);
});

test('the ticket Markdown renders as one link to the code, its text literal', async () => {
	const found: string[] = [];
	const pages = new Map(builtPages(site.build.outDir).map((p) => [p.path, p.doc]));
	for (const entry of catalog.entries) {
		const markdown = attr(pages.get(entry.path)?.all('copy-button')[1], 'data-text');
		// Rendered as GitHub-flavoured Markdown with raw HTML allowed, as the laxest tracker would.
		const html = new HtmlDocument(await marked.parse(markdown ?? '', { gfm: true }));
		const elements = html.all().map((el) => el.name);
		const [link] = html.all('a');
		const expected = `BigML.io ${codeLabel(entry.group)} ${entry.code}: ${codeHeadline(entry)}`;
		if (elements.join(' ') !== 'p a') found.push(`${entry.path}: renders as ${elements.join(' ')}`);
		if (attr(link, 'href') !== permalink(entry.path)) found.push(`${entry.path}: links to ${attr(link, 'href')}`);
		if (html.text(link) !== expected.replace(/\s+/g, ' ')) found.push(`${entry.path}: link text ${html.text(link)}`);
	}
	expect(found).toEqual([]);
});
