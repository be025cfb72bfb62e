import { expect, test } from './support/fixtures.ts';
import { representativePages } from '../support/built-site.ts';

/**
 * WCAG 1.4.10: content reflows into one column at 320 CSS px wide, and at
 * 200 % zoom of a 1280 px window (640 CSS px), with no sideways scrolling of
 * the page. Only a wide table, or a block of code (which would lose its
 * indentation if it wrapped, so 1.4.10 exempts it), may scroll, inside its own frame.
 */
const WIDTHS = [320, 640];

for (const { type, path } of representativePages()) {
	test(`${path} (${type}) reflows at ${WIDTHS.join(' and ')} px with no sideways page scroll`, async ({
		sweep: page,
	}) => {
		const found: string[] = [];
		await page.goto(path);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			const overflow = await page.evaluate(() => {
				const limit = document.documentElement.clientWidth;
				const sticking = [...document.body.querySelectorAll<HTMLElement>('*')]
					.filter((el) => !el.closest('.table-wrap, .code-scroll') && el.checkVisibility())
					.filter((el) => el.getBoundingClientRect().right > limit + 1)
					.map((el) => `<${el.localName}${el.className ? ` class="${el.className}"` : ''}>`);
				return { page: document.documentElement.scrollWidth - limit, sticking };
			});
			if (overflow.page > 0) found.push(`${width}px: the page scrolls ${overflow.page} px sideways`);
			found.push(...overflow.sticking.map((el) => `${width}px: ${el} sticks out`));
		}
		await page.setViewportSize({ width: 1280, height: 720 });
		expect(found).toEqual([]);
	});
}
