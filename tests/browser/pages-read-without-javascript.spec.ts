import { expect, test } from '@playwright/test';
import { permalink, representativeEntries } from '../support/catalog.ts';

test.use({ javaScriptEnabled: false });

for (const entry of representativeEntries) {
	test(`${entry.path} reads fully without JavaScript, with no dead buttons`, async ({ page }) => {
		await page.goto(entry.path);
		await expect(page.locator('article')).toContainText(entry.text);
		await expect(page.getByRole('link', { name: permalink(entry.path) })).toBeVisible();
		await expect(page.getByRole('button')).toHaveCount(0);
	});
}
