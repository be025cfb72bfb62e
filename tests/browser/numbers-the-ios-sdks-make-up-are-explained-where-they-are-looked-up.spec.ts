import { expect, test } from '@playwright/test';
import { readNotCodes, NOT_CODES_DIR } from '../../src/build/not-codes-fs.ts';
import { CODES_PATH, lookupPath } from '../../src/utils/paths.ts';
import { catalog } from '../support/catalog.ts';
import { searchBox, typeQuery } from './support/search.ts';

/**
 * A number BigML's iOS and macOS SDKs make up (-10100 "Could not access
 * server") is not a BigML.io code: a reader who looks it up, by URL, by the
 * search box, on the cluster page whose range it falls in, or on the page of
 * the cluster code with the same number, learns so, with the SDK's source.
 */
const numbers = readNotCodes(NOT_CODES_DIR);
const missing = numbers.filter((n) => !catalog.byNumber.has(n.number));
const shared = numbers.filter((n) => catalog.byNumber.has(n.number));
const cluster = catalog.bySlug.get('cluster')!;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/codes/<number>/ of a number no code has says what made it up, and where', async ({ page }) => {
		for (const n of missing) {
			const response = await page.goto(lookupPath(n.number));
			expect(response?.status(), lookupPath(n.number)).toBe(200);
			await expect(page.locator('h1')).toHaveText(`${n.number} is not a BigML.io code`);
			await expect(page.locator('main')).toContainText(n.says);
			await expect(
				page.locator(`main a[href*="github.com/${n.source.repository}/blob/${n.source.commit}/"]`),
			).toHaveCount(1);
		}
	});

	test('the cluster page lists the made-up numbers in its range, and each shared number’s code page warns', async ({
		page,
	}) => {
		await page.goto(cluster.path);
		const section = page.locator('section', { has: page.getByRole('heading', { name: /not BigML\.io codes/ }) });
		for (const n of numbers.filter((n) => n.number <= -10000 && n.number > -11000)) {
			await expect(section.locator(`#not-${n.number}`)).toContainText(n.says);
		}
		for (const n of shared) {
			const entry = catalog.byNumber.get(n.number)!.find((e) => e.group === cluster)!;
			await page.goto(entry.path);
			await expect(page.locator('aside.not-code')).toContainText(`as “${n.says}”`);
		}
	});
});

test('the search box says a made-up number is not a code, and links to what it is', async ({ page }) => {
	const [n] = missing;
	// A page with the header's box: the home page has its own field instead.
	await page.goto(CODES_PATH);
	await searchBox(page).focus();
	const answer = await typeQuery(page, String(n!.number));
	expect(answer.notes).toContain(`${n!.number} is not a BigML.io code: ${n!.origin} raise it themselves.`);
	await expect(page.locator(`.search-notes a[href="${lookupPath(n!.number)}"]`)).toHaveCount(1);
});
