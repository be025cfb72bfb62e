import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { representativePages } from '../support/built-site.ts';

/**
 * Text that jumps once it is on screen makes a reader lose their place or tap
 * the wrong thing. On a slow phone a page is painted before its scripts run,
 * so anything a script reveals, hides or resizes moves the text around it:
 * Lighthouse measured that on code pages when their copy buttons appeared.
 * So each page is laid out twice at phone width, with its scripts held back
 * and with them run, and every block of the page must sit in the same place.
 */
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

/** The 404 page fills in a search for the missing address once its script runs: its results push what follows down by design. */
const pages = representativePages().filter(({ type }) => type !== '/404.html');

/** Where each block of the page sits: the header, the footer and every child of <main>, as "name: top left width×height". */
async function blocks(page: Page) {
	return page.evaluate(() =>
		[
			document.querySelector('body > header'),
			...document.querySelectorAll('main > *'),
			document.querySelector('body > footer'),
		].flatMap((el, i) => {
			if (!el) return [];
			const r = el.getBoundingClientRect();
			const name = `${i} <${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}>`;
			return [`${name}: ${Math.round(r.top)} ${Math.round(r.left)} ${Math.round(r.width)}×${Math.round(r.height)}`];
		}),
	);
}

for (const { type, path } of pages) {
	test(`${path} (${type}) keeps every block in place when its scripts run`, async ({ page }) => {
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(path);
		const painted = await blocks(page);
		await page.unroute('**/*.js');
		await page.goto(path);
		// Custom elements upgrade as their module runs; wait for the last one to be defined.
		await page.waitForLoadState('networkidle');
		expect(await blocks(page)).toEqual(painted);
	});
}
