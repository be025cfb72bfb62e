import { expect, test } from 'vitest';
import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { ticketMarkdown } from '../../src/utils/markdown.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog, guidance, permalink } from '../support/catalog.ts';
import { attr } from '../support/html.ts';

/**
 * Each code page's two copy buttons carry what they put on the clipboard:
 * its permanent link, and a line of Markdown for a ticket. That a press
 * copies it is proved in the browser on a few pages
 * (tests/browser/copy-buttons-put-the-link-and-the-ticket-snippet-on-the-clipboard.spec.ts).
 */
test('every code page’s copy buttons carry its permanent link and its ticket Markdown', () => {
	const wrong: string[] = [];
	for (const entry of catalog.entries) {
		const page = builtPage(entry.path);
		const buttons = (page?.doc.all('copy-button') ?? []).map((b) => ({
			text: attr(b, 'data-text'),
			label: page!.doc.text(page!.doc.inside(b, 'button')[0]),
		}));
		const expected = [
			{ text: permalink(entry.path), label: 'Copy link' },
			{
				text: ticketMarkdown({
					code: entry.code,
					headline: codeHeadline(entry),
					label: codeLabel(entry.group),
					url: permalink(entry.path),
					summary: guidance[entry.kind].summary,
				}),
				label: 'Copy for ticket',
			},
		];
		if (JSON.stringify(buttons) !== JSON.stringify(expected)) wrong.push(`${entry.path}: ${JSON.stringify(buttons)}`);
	}
	expect(wrong).toEqual([]);
});
