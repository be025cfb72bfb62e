import { expect, test } from '@playwright/test';

test('every field of the anatomy is explained and linked to the catalog, and every link lands', async ({
	page,
	request,
}) => {
	await page.goto('/anatomy/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anatomy of an error');
	const fields = page.locator('dl.anatomy > div');
	const names = await fields.locator('dt').allTextContents();
	expect(names).toEqual([
		'400 in the status line',
		'code',
		'status.code',
		'status.message',
		'status.extra',
		'code',
		'resource',
		'status.code',
		'status.error',
		'status.message',
		'status.cause',
	]);
	// Every field that is a number links to the table it belongs to.
	for (const name of ['400 in the status line', 'code', 'status.code', 'status.error', 'status.cause']) {
		const field = fields.filter({ has: page.locator('dt', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }) });
		for (const dd of await field.locator('dd').all()) {
			await expect(dd.locator('a[href^="/http/"], a[href^="/errors/"], a[href^="/status/"]').first()).toBeVisible();
		}
	}
	const hrefs = await page
		.locator('main a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	for (const href of new Set(hrefs)) {
		expect((await request.get(href.split('#')[0]!)).status(), href).toBe(200);
	}
});
