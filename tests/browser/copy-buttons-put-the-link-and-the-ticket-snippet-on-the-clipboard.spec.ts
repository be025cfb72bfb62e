import { expect, test } from '@playwright/test';
import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { ticketMarkdown } from '../../src/utils/markdown.ts';
import { guidance, permalink, representativeEntries } from '../support/catalog.ts';

// What every code page's buttons carry is checked in tests/dist; this proves a press copies it and says so.
for (const entry of representativeEntries) {
	test(`${entry.path}: "Copy link" and "Copy for ticket" copy the permalink and the Markdown`, async ({ page }) => {
		await page.goto(entry.path);
		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(clipboard).toBe(permalink(entry.path));
		await expect(page.getByRole('status').first()).toHaveText('Link copied to the clipboard');

		await page.getByRole('button', { name: 'Copy for ticket' }).click();
		const expected = ticketMarkdown({
			code: entry.code,
			headline: codeHeadline(entry),
			label: codeLabel(entry.group),
			url: permalink(entry.path),
			summary: guidance[entry.kind].summary,
		});
		await expect.poll(clipboard).toBe(expected);
		await expect(page.getByRole('status').nth(1)).toHaveText('Markdown for the ticket copied to the clipboard');
	});
}
