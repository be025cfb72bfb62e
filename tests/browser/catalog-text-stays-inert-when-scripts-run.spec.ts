import type { Page } from '@playwright/test';
import { CODES_PATH, DECODE_PATH } from '../../src/utils/paths.ts';
import { expect, test } from './support/fixtures.ts';
import { typeQuery } from './support/search.ts';
import { representativePages } from '../support/built-site.ts';
import { FOREIGN_SELECTOR, HOSTILE_CATALOG, hostileCatalog as catalog } from '../support/hostile-catalog.ts';
import { serveFixtureSite, type FixtureSite } from '../support/serve-site.ts';

/**
 * The hostile catalog's pages are checked as built in
 * tests/build/catalog-text-renders-as-inert-text.test.ts. Scripts write catalog
 * text into pages too (search results, decoded codes, the 404 page's search):
 * here they run on the hostile site, served with the real headers, and must
 * create nothing from it either.
 */
test.describe.configure({ mode: 'serial' });
let site: FixtureSite;
test.beforeAll(async () => {
	test.setTimeout(90_000);
	site = await serveFixtureSite(HOSTILE_CATALOG);
});
test.afterAll(() => site?.close());

/** Elements the hostile texts made, and whether the page is still shown. */
const foreignIn = (page: Page) =>
	page.evaluate((foreign) => {
		const made = [...document.querySelectorAll(foreign)].map((el) => el.outerHTML.slice(0, 80));
		return getComputedStyle(document.body).display === 'none' ? [...made, 'a catalog text hid the page'] : made;
	}, FOREIGN_SELECTOR);

test('pages, search results and decoded codes show the hostile texts as text, and no dialog opens', async ({
	sweep: page,
}) => {
	const dialogs: string[] = [];
	const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
		dialogs.push(d.message());
		void d.dismiss();
	};
	page.on('dialog', onDialog);
	const found: string[] = [];
	try {
		for (const { path } of representativePages(site.build.outDir)) {
			await page.goto(`${site.origin}${path}`);
			await page.waitForLoadState('networkidle');
			found.push(...(await foreignIn(page)).map((html) => `${path}: ${html}`));
		}
		// Every hostile code by number, then words of the hostile texts through full text, in the header's box.
		await page.goto(`${site.origin}${CODES_PATH}`);
		for (const query of [...catalog.entries.map((e) => String(e.code)), 'bold', 'comment', 'link']) {
			await typeQuery(page, query);
			found.push(...(await foreignIn(page)).map((html) => `search "${query}": ${html}`));
		}
		await page.goto(`${site.origin}${DECODE_PATH}`);
		const input = page.getByLabel('Response, status object or resource (JSON)');
		for (const entry of catalog.entries) {
			await input.fill(JSON.stringify({ code: 400, status: { code: entry.code, message: 'x' } }));
			await page.getByRole('button', { name: 'Decode' }).click();
			await expect(page.locator('[data-results]')).toContainText(String(entry.code));
			found.push(...(await foreignIn(page)).map((html) => `decoding ${entry.code}: ${html}`));
		}
	} finally {
		page.off('dialog', onDialog);
	}
	expect(dialogs).toEqual([]);
	expect(found).toEqual([]);
});
