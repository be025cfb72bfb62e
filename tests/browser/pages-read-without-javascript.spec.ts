import { expect, test } from '@playwright/test';
import { permalink, representativeEntries } from '../support/catalog.ts';

test.use({ javaScriptEnabled: false });

test('code pages of every kind read fully without JavaScript, with no dead buttons', async ({ page }) => {
	for (const entry of representativeEntries) {
		await page.goto(entry.path);
		await expect(page.locator('article'), entry.path).toContainText(entry.text);
		await expect(page.getByRole('link', { name: permalink(entry.path) }), entry.path).toBeVisible();
		await expect(page.getByRole('button'), entry.path).toHaveCount(0);
	}
});
