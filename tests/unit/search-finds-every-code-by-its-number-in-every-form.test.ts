import { describe, expect, test } from 'vitest';
import { buildCatalog, type CatalogEntry } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { groupHints } from '../../src/utils/search/group-hints.ts';
import { parseQuery } from '../../src/utils/search/query.ts';
import { resolveNumber, type Resolution } from '../../src/utils/search/resolve.ts';
import { shardToRead } from '../../src/utils/search/shards.ts';
import { buildExactIndex, type IndexEntry } from '../../src/utils/search/exact-index.ts';
import { codeForms, expectedEntries } from '../support/search-forms.ts';

const catalog = buildCatalog(readCatalog('data'));
const { manifest, shards } = buildExactIndex(catalog);

/** An index entry as the browser reads it, keyed back to its catalog id. */
const hit = (e: IndexEntry) => ({ code: e.c, group: e.g, id: `${e.g}/${e.c}` });

/** Resolves a query exactly as the search box does: parse, pick each number's shard, resolve. */
function search(raw: string): Resolution<ReturnType<typeof hit>>[] {
	const parsed = parseQuery(raw);
	const hints = groupHints(parsed, manifest.groups).groups;
	return parsed.numbers.map((number) => {
		const key = shardToRead(number.value, manifest.shards);
		const shard = key === undefined ? undefined : shards.get(key);
		if (!shard) throw new Error(`no shard for ${raw}`);
		return resolveNumber(
			number,
			{ entries: shard.entries.map(hit), near: shard.near.map(hit) },
			manifest.ranges,
			hints,
		);
	});
}

/** The ids a query lists as exact results, in order: the entries, then the other sign's. */
const listed = (raw: string) =>
	search(raw).flatMap(({ match }) => [...match.entries, ...match.otherSign].map((e) => e.id));
const ids = (entries: readonly CatalogEntry[] | undefined) => (entries ?? []).map((e) => e.id);

describe('search finds every code by its number, in every form people type it', () => {
	/** What each form of each code of a group lists, beside what it should list; one row per query. */
	const table = (entries: readonly CatalogEntry[]) =>
		entries.flatMap((entry) =>
			codeForms(entry.code).map(({ query }) => {
				const [number] = parseQuery(query).numbers;
				const expected = ids(expectedEntries(catalog.byNumber, entry.code, number?.signed ?? false));
				return { query, own: entry.id, listed: listed(query), expected };
			}),
		);

	test.each(catalog.groups.map((group) => ({ slug: group.slug, group })))(
		'every code of $slug, typed with and without its sign, with U+2212 and after "error", lists its own page',
		({ group }) => {
			const rows = table(group.entries);
			expect(rows.length).toBeGreaterThanOrEqual(group.entries.length * 2);
			for (const row of rows) expect(row.expected).toContain(row.own);
			expect(rows.filter((row) => row.listed.join() !== row.expected.join())).toEqual([]);
		},
	);

	test('the sign matters: -1 is Faulty alone, 1 is Queued then Faulty', () => {
		expect(listed('-1')).toEqual(['status/-1']);
		expect(listed('status -1')).toEqual(['status/-1']);
		expect(listed('1')).toEqual(['status/1', 'status/-1']);
	});

	test('4002 without sign finds -4002 and says the minus sign was assumed', () => {
		const [result] = search('4002');
		expect(result?.match.assumedMinus).toBe(true);
		expect(result?.match.code).toBe(-4002);
		expect(listed('4002')).toEqual(['model/-4002']);
		expect(search('-4002')[0]?.match.assumedMinus).toBe(false);
	});

	test('a shared number lists all its entries, the group the query names first', () => {
		expect(listed('-40021')).toEqual(['model/-40021', 'linear-regression/-40021']);
		expect(listed('linear regression -40021')).toEqual(['linear-regression/-40021', 'model/-40021']);
		expect(listed('−30021')).toEqual(['dataset/-30021', 'time-series/-30021']);
		expect(listed('time series error 30021')).toEqual(['time-series/-30021', 'dataset/-30021']);
	});

	/** Every query form the search issue names, as people paste them, and the code Enter must open (in `group` when its number is shared). */
	const ISSUE_FORMS: [query: string, code: number, group?: string][] = [
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

	test.each(ISSUE_FORMS)('%j lists %d as its top exact match, the page Enter opens', (query, code, group) => {
		const entry = (catalog.byNumber.get(code) ?? []).find((e) => !group || e.group.slug === group);
		expect(entry, `the catalog has no code ${code}${group ? ` in ${group}` : ''}; update this table`).toBeDefined();
		const top = search(query).flatMap(({ match }) => match.entries)[0];
		expect(top?.id).toBe(entry?.id);
	});

	test('a pasted body finds each code it names', () => {
		expect(listed('{"code": 400, "status": {"code": -1201, "message": "Invalid Id"}}')).toEqual([
			'http/400',
			'general/-1201',
		]);
	});
});
