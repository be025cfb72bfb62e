import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the decoder says it needs it and links to the codes, with no dead controls', async ({
	page,
}) => {
	await page.goto('/decode/');
	await expect(page.getByText('The decoder needs JavaScript')).toBeVisible();
	await expect(page.locator('[data-needs-js]').getByRole('link', { name: 'all codes' })).toHaveAttribute(
		'href',
		'/codes/',
	);
	await expect(page.getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('textbox')).toHaveCount(0);
});
