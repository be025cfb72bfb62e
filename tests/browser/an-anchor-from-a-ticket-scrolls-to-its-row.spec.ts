import { expect, test } from '@playwright/test';
import { catalog } from '../support/catalog.ts';

/** tests/dist checks that every row has its number as id; this proves a browser scrolls to one and marks it. */
test('an anchor from a ticket scrolls to its row and highlights it', async ({ page }) => {
	// The last code of a family: its row starts far enough down the page to need scrolling.
	const entry = catalog.entries.filter((e) => e.group.type === 'family').at(-1)!;
	await page.goto(`${entry.group.path}#${entry.code}`);
	const row = page.locator(`tr[id="${entry.code}"]`);
	await expect(row).toBeInViewport();
	expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
	expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
		await page
			.locator(`tr[id="${entry.group.entries[0]!.code}"]`)
			.evaluate((el) => getComputedStyle(el).backgroundColor),
	);
});
