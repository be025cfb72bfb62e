import { expect, test } from '@playwright/test';
import { catalog } from '../support/catalog.ts';

/** WCAG's relative luminance of a computed `rgb(…)` colour. */
const luminance = (colour: string) => {
	const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};
const statusPath = catalog.groups.find((g) => g.type === 'status')!.path;

// axe does not measure SVG text against its shapes, so the diagram's colours are measured here.
for (const scheme of ['light', 'dark'] as const) {
	test(`the diagram's text and lines contrast with the page in the ${scheme} scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(statusPath);
		const colours = await page.evaluate(() => {
			const label = document.querySelector('figure.lifecycle svg .label')!;
			const node = document.querySelector('figure.lifecycle svg .node')!;
			return {
				text: getComputedStyle(label).fill,
				fill: getComputedStyle(node).fill,
				page: getComputedStyle(document.body).backgroundColor,
			};
		});
		expect(contrast(colours.text, colours.fill), JSON.stringify(colours)).toBeGreaterThan(7);
		expect(contrast(colours.text, colours.page), JSON.stringify(colours)).toBeGreaterThan(7);
	});
}
