import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { readAnswer, searchBox } from './support/search.ts';
import { searchPath } from '../../src/utils/paths.ts';

/** The page of the entry with a number (the first, or the one in `group`): Enter opens the top exact match. */
const pageOf = (code: number, group?: string) => {
	const entry = (catalog.byNumber.get(code) ?? []).find((e) => !group || e.group.slug === group);
	if (!entry) throw new Error(`The catalog has no code ${code}${group ? ` in ${group}` : ''}; update this table.`);
	return entry.path;
};
const start = catalog.groups[0]!.path;

/**
 * Every query form the issue names is resolved to its top match in
 * tests/unit/search-finds-every-code-by-its-number-in-every-form.test.ts; here
 * Enter opens it, for a handful that take different paths through the box: a
 * minus sign assumed, a pasted JSON fragment, a positive number that has a
 * negative twin, and words that pick one of two codes sharing a number.
 */
const forms: [query: string, code: number, group?: string][] = [
	['4002', -4002],
	['"code": -1201', -1201],
	['1', 1],
	['linear regression -40021', -40021, 'linear-regression'],
];

for (const [query, code, group] of forms) {
	test(`typing ${JSON.stringify(query)} and Enter opens ${code}'s page`, async ({ sweep }) => {
		await sweep.goto(start);
		await searchBox(sweep).pressSequentially(query);
		await sweep.keyboard.press('Enter');
		await expect(sweep).toHaveURL(pageOf(code, group));
	});
}

test('Enter pressed before the search code has loaded still opens the top exact match', async ({ page }) => {
	await page.route('**/_astro/controller.*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		await route.continue();
	});
	await page.goto(start);
	await searchBox(page).pressSequentially('-4002');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(pageOf(-4002));
});

test('typing words and Enter shows their results on a search page that can be shared', async ({ sweep }) => {
	const query = 'cannot be cloned';
	await sweep.goto(start);
	await searchBox(sweep).pressSequentially(query);
	await sweep.keyboard.press('Enter');
	await expect(sweep).toHaveURL(searchPath(query));
	await expect(searchBox(sweep)).toHaveValue(query);
	const results = await readAnswer(sweep, query);
	expect(results.groups.filter((g) => g.kind === 'text').flatMap((g) => g.options).length).toBeGreaterThan(0);
});
