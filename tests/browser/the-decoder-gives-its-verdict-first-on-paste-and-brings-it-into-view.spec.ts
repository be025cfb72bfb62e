import { expect, test } from '@playwright/test';

const paste =
	'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"code": 400, "status": {"code": -1206, "message": "Validation error"}}';

test('on a phone, a paste decodes with no button, the verdict comes first and is scrolled into view', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 700 }, ...(baseURL && { baseURL }) });
	const page = await context.newPage();
	await page.goto('/decode/');
	const input = page.getByLabel('Response, status object or resource (JSON)');
	await input.focus();
	// A real paste: the clipboard's text arrives as an `insertFromPaste` input.
	await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
	await page.keyboard.press('ControlOrMeta+V');
	const verdict = page.locator('[data-results] > :first-child');
	await expect(verdict).toHaveClass(/verdict/);
	await expect(verdict).toHaveText(
		/^Failed: the request \(HTTP 400 Bad Request\)\. Why: -1206 Validation Error\. Retry: .+\. Who acts: .+\.$/,
	);
	await expect(verdict).toBeInViewport();
	// One HTTP status, though the status line and the body both carry it; the error code before it.
	await expect(page.locator('[data-results] .result-summary')).toHaveText(
		'2 codes, most specific first: error code -1206, HTTP status 400.',
	);
	await context.close();
});

test('a short resource id settles a number two families share', async ({ page }) => {
	await page.goto('/decode/');
	const body = JSON.stringify({ resource: 'timeseries/5f3a…', status: { code: -1, error: -30021, elapsed: 1 } });
	await page.getByLabel('Response, status object or resource (JSON)').fill(body);
	await page.getByRole('button', { name: 'Decode' }).click();
	await expect(
		page.locator('[data-results] .findings').getByRole('link', { name: '-30021', exact: true }),
	).toHaveAttribute('href', /\/errors\/time-series\/-30021\/$/);
	await expect(page.locator('[data-results]')).not.toContainText('means different things');
});
