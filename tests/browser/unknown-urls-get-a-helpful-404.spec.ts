import { expect, test } from '@playwright/test';
import { catalog } from '../support/catalog.ts';

const missing = ['/no-such-page/', '/errors/model/-4009/', '/codes/12345678/', '/http/999/'];

for (const path of missing) {
	test(`${path} answers 404 with a page that leads to the lookup and the groups`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('main').getByRole('link', { name: 'all codes by number' })).toHaveAttribute(
			'href',
			'/codes/',
		);
		const groups = page.getByRole('region', { name: 'Browse the groups' });
		for (const group of catalog.groups) {
			await expect(groups.locator(`a[href="${group.path}"]`)).toHaveText(group.title);
		}
	});
}
