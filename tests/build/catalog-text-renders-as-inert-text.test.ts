import { marked } from 'marked';
import { beforeAll, describe, expect, test } from 'vitest';
import { codeHeadline, codeLabel, codeTitle } from '../../src/utils/catalog.ts';
import { SITE } from '../../src/build/site.ts';
import { ticketMarkdown } from '../../src/utils/markdown.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { builtPage, builtPages } from '../support/built-site.ts';
import { HOSTILE_CATALOG, hostileCatalog as catalog, isForeign } from '../support/hostile-catalog.ts';
import { attr, HtmlDocument } from '../support/html.ts';

/**
 * The hostile catalog built with the real build: every page's markup shows its
 * texts literally. tests/browser/catalog-text-stays-inert-when-scripts-run.spec.ts
 * proves the scripts, which write search results and decoded codes, keep them so.
 */
let site: SiteBuild;
beforeAll(async () => {
	site = await buildSite(HOSTILE_CATALOG);
	expect(site.status, site.output).toBe(0);
});

const permalink = (path: string) => new URL(path, SITE).href;

describe('catalog text renders as inert text', () => {
	test('every built page shows the hostile texts literally and creates no element from them', () => {
		const pages = builtPages(site.outDir);
		const found: string[] = [];
		for (const page of pages) {
			const { doc, path } = page;
			found.push(...doc.all('*', isForeign).map((el) => `${path}: <${el.name}> ${JSON.stringify(el.attribs)}`));
			const entry = catalog.entries.find((e) => e.path === path);
			if (entry) {
				const headline = doc.text(doc.first('span', (s) => attr(s, 'class') === 'headline'));
				if (headline !== codeHeadline(entry)) found.push(`${path}: headline "${headline}"`);
				if (!doc.text(doc.first('article')).includes(entry.text)) found.push(`${path}: text not shown literally`);
				if (doc.text(doc.first('title')) !== codeTitle(entry))
					found.push(`${path}: <title> "${doc.text(doc.first('title'))}"`);
			}
			const group = catalog.groups.find((g) => g.path === path);
			const lede = doc.text(doc.first('p', (p) => attr(p, 'class') === 'lede'));
			if (group && lede !== group.description) found.push(`${path}: description "${lede}"`);
		}
		expect(pages.length, 'pages built').toBeGreaterThan(catalog.entries.length + catalog.groups.length);
		expect(found).toEqual([]);
	});

	test('the ticket Markdown renders as one link to the code, its text literal', async () => {
		const found: string[] = [];
		for (const entry of catalog.entries) {
			// The ticket button carries the facts as data attributes; the browser makes the Markdown from them.
			const button = builtPage(entry.path, site.outDir)?.doc.all(
				'copy-button',
				(b) => attr(b, 'data-copy') === 'ticket',
			)[0];
			const markdown = ticketMarkdown({
				code: Number(attr(button, 'data-code')),
				headline: attr(button, 'data-headline') ?? '',
				label: attr(button, 'data-label') ?? '',
				advice: attr(button, 'data-advice') ?? '',
				url: permalink(entry.path),
			});
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
});
