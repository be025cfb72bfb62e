import { expect, test } from './support/fixtures.ts';
import { catalog, representativeEntries } from '../support/catalog.ts';
import { nextShard, shardToRead } from '../../src/utils/search/shards.ts';
import { parseQuery } from '../../src/utils/search/query.ts';
import { buildExactIndex } from '../../src/utils/search/exact-index.ts';
import { EXACT_MANIFEST_PATH as MANIFEST_PATH, exactShardPath as shardPath } from '../../src/utils/paths.ts';
import { readAnswer, searchBox } from './support/search.ts';

/** Requests that belong to search: its code, the exact index and Pagefind. */
const SEARCH_REQUEST = /\/_astro\/controller\.|\/search\/exact\/|\/pagefind\//;

/** One page of each kind: home, index, lookup, group, and a code of each kind of group. */
const pages = [
	'/',
	'/codes/',
	'/codes/-40021/',
	representativeEntries[0]?.group.path ?? '/',
	...representativeEntries.slice(0, 4).map((e) => e.path),
];

test('every page has the search box in its header, named "Search"; the home page has its own field instead', async ({
	sweep,
}) => {
	for (const path of [...pages, '/search/', '/no-such-page/']) {
		await sweep.goto(path);
		const header = sweep.getByRole('banner').getByRole('combobox');
		if (path === '/') {
			await expect(header, path).toHaveCount(0);
			await expect(
				sweep.getByRole('main').getByRole('combobox', { name: /Paste what BigML\.io sent back/ }),
			).toHaveCount(1);
		} else
			await expect(sweep.getByRole('banner').getByRole('combobox', { name: 'Search', exact: true }), path).toHaveCount(
				1,
			);
	}
});

test('a page load downloads no search code or index; reaching for the box loads the exact index, words load full text', async ({
	page,
}) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	for (const path of pages.slice(0, 3)) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(requested.filter((path) => SEARCH_REQUEST.test(path))).toEqual([]);

	const manifestRequest = page.waitForRequest(`**${MANIFEST_PATH}`);
	await searchBox(page).focus();
	await manifestRequest;
	const query = '-4002';
	// Focus reads the smallest numbers' shard; each prefix typed reads the one shard its number needs ("-400"
	// reads 4, "-4002" reads 40) and the one the next digit would need: never a file with every code.
	const { manifest } = buildExactIndex(catalog);
	const needed = new Set([MANIFEST_PATH, shardPath(shardToRead(0, manifest.shards) ?? 0)]);
	for (let end = 1; end <= query.length; end++) {
		const [number] = parseQuery(query.slice(0, end)).numbers;
		if (!number) continue;
		for (const key of [shardToRead(number.value, manifest.shards), nextShard(number.value, manifest.shards)])
			if (key !== undefined) needed.add(shardPath(key));
	}
	await searchBox(page).pressSequentially(query);
	await readAnswer(page, query);
	await page.waitForLoadState('networkidle');
	expect(new Set(requested.filter((path) => path.startsWith('/search/exact/')))).toEqual(needed);
	// Full text loads with the first word, not for codes.
	expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	const pagefindRequest = page.waitForRequest('**/pagefind/pagefind.js');
	await searchBox(page).pressSequentially(' faulty');
	await pagefindRequest;
});
