import { catalog } from '../support/catalog.ts';
import { expect, test } from './support/fixtures.ts';
import { representativePages } from '../support/built-site.ts';

/** The code pages among the representative pages: one per kind of code page the site builds. */
const codePaths = new Set(catalog.entries.map((e) => e.path));
const entries = representativePages()
	.filter((p) => codePaths.has(p.path))
	.map((p) => catalog.entries.find((e) => e.path === p.path)!);

/** What a printed code page leaves out: navigation, search, buttons, the footer and the table of sibling codes. */
const SCREEN_ONLY = ['nav', 'input', 'button', 'footer', '.skip-link', '.table-wrap'];
/**
 * A code page's own content fits on a few sheets; printing the screen's long
 * tables (39 groups, 274 codes) would take ten or more.
 */
const MAX_SHEETS = 3;

for (const entry of entries) {
	test(`${entry.path} prints on at most ${MAX_SHEETS} sheets the code, its text, its guidance and its link, black on white, without the screen's chrome`, async ({
		sweep: page,
	}) => {
		await page.goto(entry.path);
		// Printed from a dark screen: the page must still print black on white.
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		try {
			const shown = await page.evaluate((selectors) => {
				const visible = (selector: string) =>
					[...document.querySelectorAll(selector)].some((el) => el.checkVisibility());
				return selectors.filter(visible);
			}, SCREEN_ONLY);
			expect(shown, 'screen-only parts that print').toEqual([]);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(String(entry.code));
			await expect(page.locator('article')).toContainText(entry.text);
			// Built without a public origin, the page names the address it was opened at (any port, any host).
			await expect(page.locator('article')).toContainText(new URL(entry.path, page.url()).href);
			const colours = await page.evaluate(() => ({
				text: getComputedStyle(document.body).color,
				background: getComputedStyle(document.body).backgroundColor,
			}));
			expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });

			// Nothing is cut off at the right edge of an A4 sheet (210 mm at 96 dpi, less Chromium's default margins).
			await page.setViewportSize({ width: 718, height: 1000 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
			const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
			const sheets = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
			expect(sheets, 'sheets in the printed PDF').toBeGreaterThan(0);
			expect(sheets, 'sheets in the printed PDF').toBeLessThanOrEqual(MAX_SHEETS);
		} finally {
			await page.emulateMedia({ media: null, colorScheme: null });
			await page.setViewportSize({ width: 1280, height: 720 });
		}
	});
}
