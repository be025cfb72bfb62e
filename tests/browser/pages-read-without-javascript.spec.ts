import { expect, test } from '@playwright/test';
import { representativeEntries } from './support/catalog.ts';

test.use({ javaScriptEnabled: false });

for (const entry of representativeEntries) {
	test(`${entry.path} reads fully without JavaScript, with no dead buttons`, async ({ page }) => {
		await page.goto(entry.path);
		await expect(page.locator('article')).toContainText(entry.text);
		// Without scripts the page cannot know the address it was opened at: the permanent link reads as its path.
		await expect(page.locator('.permalink').getByRole('link', { name: entry.path, exact: true })).toBeVisible();
		await expect(page.getByRole('button')).toHaveCount(0);
	});
}
