import { expect, test } from '@playwright/test';
import { catalog } from '../support/catalog.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px every code’s meaning is on screen: the table does not scroll sideways', async ({ page }) => {
	await page.goto('/codes/');
	const overflow = await page.evaluate(() => {
		const frame = document.querySelector<HTMLElement>('.table-wrap')!;
		const right = Math.max(
			...[...document.querySelectorAll('td.meaning')].map((td) => td.getBoundingClientRect().right),
		);
		return { scroll: frame.scrollWidth - frame.clientWidth, right, frameRight: frame.getBoundingClientRect().right };
	});
	expect(overflow.scroll).toBeLessThanOrEqual(0);
	expect(overflow.right).toBeLessThanOrEqual(overflow.frameRight);
});

test('typing in the filter hides the rows that do not hold it, and says how many are left', async ({ page }) => {
	await page.goto('/codes/');
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(catalog.entries.length);
	await page.getByLabel('Filter the codes').fill('clone');
	const holding = catalog.entries.filter((e) =>
		`${e.code} ${e.name ?? ''} ${e.text} ${e.group.title}`.toLowerCase().includes('clone'),
	);
	expect(holding.length).toBeGreaterThan(0);
	await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(holding.length);
	await expect(page.locator('#codes-filter-count')).toHaveText(
		`${holding.length} of ${catalog.entries.length} codes hold “clone”`,
	);
	await page.getByLabel('Filter the codes').fill('');
	await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(catalog.entries.length);
});

test('without JavaScript the filter takes no room and every code is listed', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL && { baseURL }) });
	const page = await context.newPage();
	await page.goto('/codes/');
	await expect(page.getByLabel('Filter the codes')).toBeHidden();
	await expect(page.locator('tbody tr:visible')).toHaveCount(catalog.entries.length);
	await context.close();
});

test('"Jump to a range" lands on the first code of each family’s range', async ({ page }) => {
	await page.goto('/codes/');
	await page.getByText('Jump to a range').click();
	const family = catalog.groups.find((g) => g.slug === 'model')!;
	await page.getByRole('link', { name: new RegExp(`^${family.title} `) }).click();
	const row = page.locator('tr:target');
	await expect(row).toBeInViewport();
	await expect(row.locator('td.num')).toHaveText(String(family.entries[0]!.code));
});
