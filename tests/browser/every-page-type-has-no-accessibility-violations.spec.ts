import { axeViolations, COLOUR_RULES, injectAxe } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { representativePages } from '../support/built-site.ts';

/**
 * Each page is drawn four ways: light and dark, at a desktop width and at the
 * 320 px WCAG's reflow criterion names. Every rule runs on two opposite
 * corners (light desktop, dark phone); on the other two only the colour rules
 * run, since a colour scheme changes colours and nothing else. This halves the
 * time on the largest page (the 274-row list) without leaving a combination
 * unchecked for what can differ in it.
 */
const VIEWS = [
	{ colorScheme: 'light', width: 1280, rules: undefined },
	{ colorScheme: 'dark', width: 320, rules: undefined },
	{ colorScheme: 'dark', width: 1280, rules: COLOUR_RULES },
	{ colorScheme: 'light', width: 320, rules: COLOUR_RULES },
] as const;

for (const { type, path } of representativePages()) {
	test(`${path} (${type}) has no axe violations, light and dark, at 1280 and 320 px`, async ({ sweep: page }) => {
		test.setTimeout(60_000);
		const found: string[] = [];
		await page.goto(path);
		await injectAxe(page);
		for (const { colorScheme, width, rules } of VIEWS) {
			await page.emulateMedia({ colorScheme });
			await page.setViewportSize({ width, height: 800 });
			const violations = await axeViolations(page, rules ? [...rules] : undefined);
			found.push(...violations.map((v) => `${colorScheme} ${width}px: ${v}`));
		}
		await page.emulateMedia({ colorScheme: null });
		expect(found).toEqual([]);
	});
}
