import { expect, test } from 'vitest';
import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog, guidance } from '../support/catalog.ts';
import { attr } from '../support/html.ts';

/**
 * Each code page's two copy buttons carry what the browser makes the copied
 * link and ticket from: the page's path (the origin is the one the page is
 * opened at, unless the build was given one) and the ticket's facts. That a
 * press copies them is proved in the browser on a few pages
 * (tests/browser/copy-for-ticket-puts-a-real-link-and-its-markdown-on-the-clipboard.spec.ts).
 */
test('every code page’s copy buttons carry its path and its ticket’s facts', () => {
	const wrong: string[] = [];
	for (const entry of catalog.entries) {
		const page = builtPage(entry.path);
		const buttons = (page?.doc.all('copy-button') ?? []).map((b) => ({
			copy: attr(b, 'data-copy'),
			path: attr(b, 'data-path'),
			code: attr(b, 'data-code'),
			headline: attr(b, 'data-headline'),
			label: attr(b, 'data-label'),
			advice: attr(b, 'data-advice'),
		}));
		const expected = [
			{ copy: 'link', path: entry.path },
			{
				copy: 'ticket',
				path: entry.path,
				code: String(entry.code),
				headline: codeHeadline(entry),
				label: codeLabel(entry.group),
				advice: guidance[entry.kind].ticket,
			},
		];
		const actual = buttons
			.filter((b) => b.copy === 'link' || b.copy === 'ticket')
			.map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)));
		if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${entry.path}: ${JSON.stringify(actual)}`);
	}
	expect(wrong).toEqual([]);
});
