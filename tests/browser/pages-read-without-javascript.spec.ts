import { expect, test } from '@playwright/test';
import { representativeEntries } from '../support/catalog.ts';

test.use({ javaScriptEnabled: false });

test('code pages of every kind read fully without JavaScript, with no dead buttons', async ({ page }) => {
	for (const entry of representativeEntries) {
		await page.goto(entry.path);
		await expect(page.locator('article'), entry.path).toContainText(entry.text);
		// Without scripts the page cannot know the address it was opened at: the permanent link reads as its path.
		await expect(
			page.locator('.permalink').getByRole('link', { name: entry.path, exact: true }),
			entry.path,
		).toBeVisible();
		await expect(page.getByRole('button'), entry.path).toHaveCount(0);
	}
});
