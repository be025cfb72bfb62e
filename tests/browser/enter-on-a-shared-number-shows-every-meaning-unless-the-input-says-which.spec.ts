import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { searchBox } from './support/search.ts';
import { lookupPath } from '../../src/utils/paths.ts';

const shared = [...catalog.byNumber].filter(([, entries]) => entries.length > 1);

test('the catalog has numbers several groups share', () => {
	expect(shared.length).toBeGreaterThan(0);
});

for (const [number, entries] of shared) {
	test(`"error code ${number}" and Enter opens the page of its ${entries.length} meanings`, async ({ sweep }) => {
		await sweep.goto('/http/');
		await searchBox(sweep).pressSequentially(`error code ${number}`);
		await sweep.keyboard.press('Enter');
		await expect(sweep).toHaveURL(lookupPath(number));
	});

	for (const entry of entries.filter((e) => e.group.resource)) {
		test(`${number} with a ${entry.group.resource}/… id opens ${entry.id}`, async ({ sweep }) => {
			await sweep.goto('/http/');
			await searchBox(sweep).pressSequentially(`${number} ${entry.group.resource}/5f3a`);
			await sweep.keyboard.press('Enter');
			await expect(sweep).toHaveURL(entry.path);
		});
	}

	test(`each page of ${number} says what else it means, visibly near its title on a phone`, async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...(baseURL && { baseURL }) });
		const page = await context.newPage();
		for (const entry of entries) {
			await page.goto(entry.path);
			const note = page.getByRole('complementary', { name: `What else ${number} means` });
			await expect(note).toBeInViewport({ ratio: 1 });
			for (const other of entries.filter((e) => e !== entry))
				await expect(note.locator(`a[href="${other.path}"]`)).toHaveCount(1);
		}
		await context.close();
	});
}
