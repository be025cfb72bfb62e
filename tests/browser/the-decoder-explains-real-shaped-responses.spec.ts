import { expect, test, type Page } from '@playwright/test';
import { rankFindings } from '../../src/utils/search/rank.ts';
import { DECODER_EXAMPLES } from '../../src/utils/decoder-examples.ts';
import { decode } from '../../src/utils/decode.ts';
import { lookupPath } from '../../src/utils/paths.ts';
import { catalog } from '../support/catalog.ts';

/** Pastes a text into the decoder and decodes it with the keyboard alone. */
async function decodeWithKeyboard(page: Page, text: string) {
	const input = page.getByLabel('Response, status object or resource (JSON)');
	await input.focus();
	await input.fill(text);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Decode' })).toBeFocused();
	await page.keyboard.press('Enter');
}

const results = (page: Page) => page.locator('[data-results]');
/** The list of findings, below the verdict (which links the code that says why too). */
const findings = (page: Page) => page.locator('[data-results] .findings');

test.beforeEach(async ({ page }) => {
	await page.goto('/decode/');
});

test('an error body pasted with its headers: the header status, the body status and the error code, linked', async ({
	page,
}) => {
	await decodeWithKeyboard(
		page,
		'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"code": 400, "status": {"code": -1201, "message": "Invalid Id", "extra": ["model"]}}',
	);
	await expect(results(page)).toHaveAttribute('aria-live', 'polite');
	await expect(results(page).locator('.result-summary')).toHaveText(
		'2 codes, most specific first: error code -1201, HTTP status 400.',
	);
	await expect(findings(page).getByRole('link', { name: '-1201', exact: true })).toHaveAttribute(
		'href',
		/\/errors\/general\/-1201\/$/,
	);
	await expect(results(page)).toContainText('Invalid Id');
	await expect(results(page)).toContainText('General error codes · Invalid id');
});

test('every example button decodes its example: each code the decoder finds in it is listed, linked to its page', async ({
	page,
}) => {
	for (const example of DECODER_EXAMPLES) {
		const result = decode(example.json, catalog.byNumber);
		// Listed as the decoder lists them: most specific first.
		const expected = result.ok ? rankFindings(result.findings).map((f) => f.entry?.path ?? lookupPath(f.code)) : [];
		expect(expected.length, `${example.label} holds codes`).toBeGreaterThan(0);
		await page.getByRole('button', { name: example.label }).click();
		// Polled: the previous example's findings stay on show until this one is decoded.
		await expect
			.poll(
				() =>
					results(page)
						.locator('.finding-title a')
						.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
				{ message: example.label },
			)
			.toEqual(expected);
	}
});

test('the examples: a faulty source and an execution with a nested cause', async ({ page }) => {
	await page.getByRole('button', { name: 'A faulty source' }).click();
	await expect(findings(page).getByRole('link', { name: '-2020', exact: true })).toHaveAttribute(
		'href',
		/\/errors\/source\/-2020\/$/,
	);
	await expect(results(page)).toContainText('not in BigML’s table');
	await page.getByRole('button', { name: 'A nested cause' }).click();
	for (const [name, href] of [
		['-8200', '/errors/execution/-8200/'],
		['-1206', '/errors/general/-1206/'],
		['-1', '/status/-1/'],
	]) {
		await expect(findings(page).getByRole('link', { name: name!, exact: true })).toHaveAttribute(
			'href',
			new RegExp(`${href}$`),
		);
	}
	await expect(results(page)).toContainText('error code of a nested cause (at status.cause.code');
});

test('the resource id picks the family of a number two families share, and without one both are offered', async ({
	page,
}) => {
	const body = (resource: string) =>
		JSON.stringify({ code: 200, resource, status: { code: -1, error: -40021, message: 'x', elapsed: 1 } });
	await decodeWithKeyboard(page, body('linearregression/5af06df94e17277501000010'));
	await expect(findings(page).getByRole('link', { name: '-40021', exact: true })).toHaveAttribute(
		'href',
		/\/errors\/linear-regression\/-40021\/$/,
	);
	await decodeWithKeyboard(page, JSON.stringify({ status: { code: -40021, message: 'x' } }));
	await expect(results(page)).toContainText('means different things in 2 groups');
	await expect(results(page).getByRole('link', { name: /^Models: / })).toBeVisible();
	await expect(results(page).getByRole('link', { name: /^Linear regressions: / })).toBeVisible();
});

test('invalid JSON is pointed at by line and column, and a Python dict gets a hint', async ({ page }) => {
	await decodeWithKeyboard(page, '{\n  "code": 400,\n  "status": {"code": -1201 "message": "Invalid Id"}\n}');
	await expect(results(page)).toHaveText('This is not valid JSON: a comma was expected at line 3, column 28.');
	await decodeWithKeyboard(page, "{'code': 404, 'error': None, 'status': {'code': -12");
	await expect(results(page)).toContainText('print it with json.dumps');
});

test('unrelated JSON and empty input get a clear message, never a blank', async ({ page }) => {
	await decodeWithKeyboard(page, '{"name": "iris", "rows": [1, 2, 3]}');
	await expect(results(page)).toContainText('No BigML code was found');
	await decodeWithKeyboard(page, '   ');
	await expect(results(page)).toContainText('Paste a response body');
});

test('Ctrl+Enter decodes from the text area', async ({ page }) => {
	const input = page.getByLabel('Response, status object or resource (JSON)');
	await input.fill('429');
	await input.press('Control+Enter');
	await expect(results(page)).toContainText('HTTP status 429 · Too Many Requests');
});

test('nothing pasted leaves the browser: the catalog is fetched once, on first use, and nothing else', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname + (request.postData() ?? '')));
	await page.reload();
	await page.waitForLoadState('networkidle');
	expect(requests.filter((r) => r.includes('catalog.json'))).toEqual([]);
	await decodeWithKeyboard(page, '{"code": 401, "status": {"code": -1100, "message": "secret-marker"}}');
	await expect(results(page)).toContainText('-1100');
	await decodeWithKeyboard(page, '{"code": 402, "status": {"code": -1101, "message": "secret-marker"}}');
	await expect(results(page)).toContainText('-1101');
	expect(requests.filter((r) => r.includes('catalog.json'))).toEqual(['/catalog.json']);
	expect(requests.some((r) => r.includes('secret-marker'))).toBe(false);
});

test('a 1 MB paste is read off the page’s thread, so the page stays responsive, and listed in part', async ({
	page,
}) => {
	const input = JSON.stringify({
		objects: Array.from({ length: 4000 }, (_, i) => ({
			resource: `model/${String(i).padStart(24, '0')}`,
			name: 'x'.repeat(200),
			status: { code: -1, error: -4005, elapsed: 1, message: 'Faulty model' },
		})),
	});
	expect(input.length).toBeGreaterThan(1_000_000);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.getByLabel('Response, status object or resource (JSON)').evaluate((el, value) => {
		(el as HTMLTextAreaElement).value = value;
	}, input);
	await page.getByRole('button', { name: 'Decode' }).click();
	await expect(results(page).locator('.result-summary')).toContainText('8000 codes, most specific first');
	expect(workers.some((url) => /decode-worker/.test(url))).toBe(true);
	await expect(results(page)).toContainText('7900 more not listed');
	await expect(results(page).locator('.finding')).toHaveCount(100);
});
