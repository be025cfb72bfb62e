import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { readAnswer, searchBox } from './support/search.ts';

/** The page of the entry with a number (the first, or the one in `group`): Enter opens the top exact match. */
const pageOf = (code: number, group?: string) => {
	const entry = (catalog.byNumber.get(code) ?? []).find((e) => !group || e.group.slug === group);
	if (!entry) throw new Error(`The catalog has no code ${code}${group ? ` in ${group}` : ''}; update this table.`);
	return entry.path;
};

/** Every query form the issue names, typed as people paste them, and the page Enter must open. */
const forms: [query: string, code: number, group?: string][] = [
	['-4002', -4002],
	['4002', -4002],
	['\u22124002', -4002],
	['\u20134002', -4002],
	['\u20144002', -4002],
	['error -1201', -1201],
	['"code": -1201', -1201],
	['{"status": {"code": -1201}}', -1201],
	['HTTP 429', 429],
	['status -1', -1],
	['-1', -1],
	['1', 1],
	['-40021', -40021],
	['linear regression -40021', -40021, 'linear-regression'],
];

for (const [query, code, group] of forms) {
	test(`typing ${JSON.stringify(query)} and Enter opens ${code}'s page`, async ({ sweep }) => {
		await sweep.goto('/http/');
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
	await page.goto('/http/');
	await searchBox(page).pressSequentially('-4002');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(pageOf(-4002));
});

const words = ['cannot be cloned', 'too many', 'faulty', 'summarized', 'linear regression', 'payment'];

for (const query of words) {
	test(`typing “${query}” and Enter shows its results on a search page that can be shared`, async ({ sweep }) => {
		await sweep.goto('/http/');
		await searchBox(sweep).pressSequentially(query);
		await sweep.keyboard.press('Enter');
		await expect(sweep).toHaveURL(`/search/?q=${query.replaceAll(' ', '+')}`);
		await expect(searchBox(sweep)).toHaveValue(query);
		const results = await readAnswer(sweep, query);
		// Every code whose headline and text hold each word (as a word start, as Pagefind matches) is listed.
		const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);
		const holding = catalog.entries.filter((e) => {
			const own = wordsOf(`${e.name ?? ''} ${e.text}`);
			return query.split(' ').every((w) => own.some((word) => word.startsWith(w)));
		});
		expect(holding.length).toBeGreaterThan(0);
		const listed = results.groups.filter((g) => g.kind === 'text').flatMap((g) => g.options.map((o) => o.href));
		expect(listed.toSorted()).toEqual(holding.map((e) => e.path).toSorted());
	});
}
