import { expect, test } from '@playwright/test';
import { catalog } from './support/catalog.ts';

test('the home page lists every group with its code count, families under BigML’s categories', async ({ page }) => {
	await page.goto('/');
	const main = page.getByRole('main');
	const documented = catalog.entries.filter((e) => e.provenance === 'documented').length;
	await expect(main).toContainText(`${documented} of them in ${catalog.groups.length} groups`);
	for (const group of catalog.groups) {
		const item = main.locator('li', { has: page.locator(`a[href="${group.path}"]`) });
		await expect(item).toContainText(`${group.entries.length} code${group.entries.length === 1 ? '' : 's'}`);
	}
	for (const { title, groups } of catalog.categories) {
		const section = main.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });
		await expect(section.locator('a')).toHaveText(groups.map((g) => g.title));
	}
});

test('the errors index and the all-codes page list every error group and every code', async ({ page }) => {
	await page.goto('/errors/');
	for (const group of catalog.errorGroups) await expect(page.locator(`main a[href="${group.path}"]`)).toHaveCount(1);
	await page.goto('/codes/');
	await expect(page.locator('tbody tr')).toHaveCount(catalog.entries.length);
});
