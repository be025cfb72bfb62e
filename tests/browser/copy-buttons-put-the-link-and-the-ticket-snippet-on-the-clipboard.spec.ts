import { expect, test } from '@playwright/test';
import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { ticketMarkdown } from '../../src/utils/markdown.ts';
import { guidance, permalink, representativeEntries } from '../support/catalog.ts';

/**
 * What every code page's buttons carry is checked in tests/dist; this proves,
 * on a code of each kind of group and on each code whose number is shared,
 * that a press copies it and says so.
 */
test('"Copy link" and "Copy for ticket" put the permalink and the ticket Markdown on the clipboard, and say so', async ({
	page,
}) => {
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
	for (const entry of representativeEntries) {
		await page.goto(entry.path);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(clipboard, entry.path).toBe(permalink(entry.path));
		await expect(page.getByRole('status').first()).toHaveText('Link copied to the clipboard');

		await page.getByRole('button', { name: 'Copy for ticket' }).click();
		const expected = ticketMarkdown({
			code: entry.code,
			headline: codeHeadline(entry),
			label: codeLabel(entry.group),
			url: permalink(entry.path),
			summary: guidance[entry.kind].summary,
		});
		await expect.poll(clipboard, entry.path).toBe(expected);
		await expect(page.getByRole('status').nth(1)).toHaveText('Markdown for the ticket copied to the clipboard');
	}
});
