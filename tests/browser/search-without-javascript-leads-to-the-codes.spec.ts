import { expect, test } from '@playwright/test';
import { representativeEntries } from '../support/catalog.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the header search is a form that reaches a search page pointing to every code', async ({
	page,
}) => {
	await page.goto(representativeEntries[0]?.path ?? '/');
	const box = page.getByRole('searchbox', { name: 'Search', exact: true });
	await box.fill('-4002');
	await box.press('Enter');
	await expect(page).toHaveURL('/search/?q=-4002');
	// The explanation is <noscript> content, which Playwright's text and role queries skip: read it by its class.
	const explanation = page.locator('main .no-script');
	await expect(explanation).toBeVisible();
	await expect(explanation).toContainText('Search needs JavaScript');
	await expect(explanation.locator('a[href="/codes/"]')).toHaveText('all codes by number');
	await expect(explanation.locator('a[href="/codes/-4002/"]')).toBeVisible();
	// Nothing that only works with JavaScript is on show.
	await expect(page.locator('main form.search-filters')).toBeHidden();
	await expect(page.locator('main button')).toBeHidden();
});
