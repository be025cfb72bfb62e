import { DECODER_EXAMPLES } from '../../src/utils/decoder-examples.ts';
import { expect, test } from './support/elsewhere.ts';

/**
 * The decoder links its results from /catalog.json, whose `url`s name the
 * build's origin: it must link by `path`, so a copy of the site served
 * elsewhere sends readers to its own pages.
 */
for (const example of DECODER_EXAMPLES) {
	test(`"${example.label}": every result link stays on the origin the decoder was opened at, and opens its page`, async ({
		page,
		elsewhere,
	}) => {
		await page.goto(`${elsewhere.origin}/decode/`);
		await page.getByRole('button', { name: example.label }).click();
		const links = page.locator('[data-results] a');
		await expect(links.first()).toBeVisible();
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href, 'root-relative').toMatch(/^\/(?!\/)/);

		await links.last().click();
		await expect(page).toHaveURL(new RegExp(`^${elsewhere.origin}${hrefs.at(-1)}`));
		await expect(page.locator('h1')).toBeVisible();
	});
}
