import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { ticketMarkdown } from '../../src/utils/markdown.ts';
import { HtmlDocument, attr } from '../support/html.ts';
import { guidance, representativeEntries } from '../support/catalog.ts';
import { clipboardTypes, expect, test } from './support/elsewhere.ts';

/**
 * "Copy for ticket" puts HTML (a real link, then the advice) and Markdown on
 * the clipboard at once, so a rich-text ticket editor pastes a link and a
 * Markdown tracker pastes Markdown, both to the address the page was opened at.
 */
for (const entry of representativeEntries) {
	test(`${entry.path}: "Copy for ticket" copies the link as HTML and as Markdown, with the advice for the customer`, async ({
		page,
		elsewhere,
	}) => {
		const address = `${elsewhere.origin}${entry.path}`;
		const title = `BigML.io ${codeLabel(entry.group)} ${entry.code}: ${codeHeadline(entry)}`;
		const advice = guidance[entry.kind].ticket;
		await page.goto(address);
		await expect(page.getByRole('combobox', { name: 'Format' })).toHaveValue('rich');
		await page.getByRole('button', { name: 'Copy for ticket' }).click();
		await expect(page.getByRole('status').nth(1)).toHaveText(/copied as rich text/);

		const copied = await clipboardTypes(page);
		expect(copied['text/plain']).toBe(
			ticketMarkdown({
				code: entry.code,
				headline: codeHeadline(entry),
				label: codeLabel(entry.group),
				url: address,
				advice,
			}),
		);
		const html = new HtmlDocument(copied['text/html'] ?? '');
		const [link, ...others] = html.all('a');
		expect(others).toEqual([]);
		expect(attr(link, 'href')).toBe(address);
		expect(html.text(link)).toBe(title.replace(/\s+/g, ' '));
		expect(html.text()).toContain(advice);
		expect(html.text()).not.toContain('](');
	});
}
