import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { rangeOf, suggest } from '../../src/utils/search/code-ranges.ts';
import { resolveNumber } from '../../src/utils/search/resolve.ts';
import { shardsOfRange, shardToRead } from '../../src/utils/search/shards.ts';
import type { QueryNumber } from '../../src/utils/search/query.ts';
import { buildExactIndex, groupRanges, type IndexEntry } from '../../src/utils/search/exact-index.ts';

const catalog = buildCatalog(readCatalog('data'));
const { manifest, shards } = buildExactIndex(catalog);
const ranges = groupRanges(catalog);
const everyCode = catalog.entries.map((e) => ({ code: e.code, group: e.group.slug }));
const hit = (e: IndexEntry) => ({ code: e.c, group: e.g });
const range = (code: number) => {
	const r = rangeOf(code, ranges);
	return r && `${r.group} ${r.first}…${r.last}`;
};

/** The suggestion the search box shows, read as it reads it: the number's shard, then those of the range it falls in. */
function fromShard(query: QueryNumber) {
	const key = shardToRead(query.value, manifest.shards);
	const shard = key === undefined ? undefined : shards.get(key);
	if (!shard) throw new Error(`no shard for ${query.value}`);
	const read = (keys: number[]) => {
		const parts = keys.flatMap((k) => shards.get(k) ?? []);
		return { entries: parts.flatMap((p) => p.entries.map(hit)), near: parts.flatMap((p) => p.near.map(hit)) };
	};
	const first = resolveNumber(query, read([shard.key]), manifest.ranges).suggestion;
	const more = first?.range ? shardsOfRange(first.range, manifest.shards).filter((k) => k !== shard.key) : [];
	return more.length === 0 ? first : resolveNumber(query, read([shard.key, ...more]), manifest.ranges).suggestion;
}

describe('search suggests the range and the nearest codes for a number in no entry', () => {
	test('ranges are derived from the catalog: a family owns its thousand, general errors their hundreds', () => {
		expect(range(-4009)).toBe('model -4000…-4999');
		expect(range(-4999)).toBe('model -4000…-4999');
		expect(range(-16500)).toBe('sample -16000…-16999');
		expect(range(-2020)).toBe('source -2000…-2999');
		expect(range(-1150)).toBe('general -1100…-1299');
		expect(range(-1000)).toBeUndefined();
		expect(range(418)).toBe('http 400…599');
		expect(range(299)).toBe('http 200…299');
		expect(range(7)).toBeUndefined();
		expect(range(4009)).toBeUndefined();
	});

	test("a family's lone …021 code owns only itself: -40022 is a linear regression number, -90500 nobody's", () => {
		expect(range(-40022)).toBe('linear-regression -40000…-40999');
		expect(range(-30500)).toBe('time-series -30000…-30999');
		expect(range(-90500)).toBeUndefined();
	});

	test("a group's codes lie in its ranges but for its lone …021 codes, and no two groups' ranges overlap", () => {
		const owners = new Set(ranges.map((r) => r.group));
		const outside = catalog.entries.filter(
			(e) =>
				e.provenance === 'documented' &&
				owners.has(e.group.slug) &&
				!rangeOf(
					e.code,
					ranges.filter((r) => r.group === e.group.slug),
				),
		);
		expect(outside.length).toBeGreaterThan(0);
		for (const entry of outside) expect(String(entry.code), entry.id).toMatch(/^-\d0021$/);
		for (const a of ranges)
			for (const b of ranges)
				if (a !== b) expect(rangeOf(a.first, [b]) ?? rangeOf(a.last, [b]), `${a.group} and ${b.group}`).toBeUndefined();
	});

	test('-4009 is in no entry: model range, nearest -4008 first', () => {
		const suggestion = fromShard({ value: -4009, signed: true });
		expect(suggestion?.range?.group).toBe('model');
		expect(suggestion?.nearest.map((e) => e.code)).toEqual([-4008, -4005, -4004]);
	});

	test('a number in a family’s range names that family’s nearest codes, though another family’s are nearer', () => {
		const suggestion = fromShard({ value: -9999, signed: true });
		const owner = suggestion?.range?.group;
		expect(owner).toBeDefined();
		expect(suggestion?.nearest.length).toBeGreaterThan(0);
		expect(suggestion?.nearest.every((e) => e.group === owner)).toBe(true);
		// Numerically, the next family's first code is nearer than any of the owner's: the range decides.
		const nearestAnywhere = [...catalog.byNumber.keys()]
			.filter((n) => n < 0)
			.sort((a, b) => Math.abs(a + 9999) - Math.abs(b + 9999))[0]!;
		expect(catalog.byNumber.get(nearestAnywhere)?.some((e) => e.group.slug === owner)).toBe(false);
	});

	test('a number without sign is read the way that fits: 4009 as -4009, 418 and 7 as positive', () => {
		expect(fromShard({ value: 4009, signed: false })?.code).toBe(-4009);
		expect(fromShard({ value: 418, signed: false })?.code).toBe(418);
		expect(fromShard({ value: 418, signed: false })?.nearest.map((e) => e.code)).toEqual([415, 413, 411]);
		expect(fromShard({ value: 7, signed: false })?.code).toBe(7);
		expect(fromShard({ value: 7, signed: false })?.nearest.map((e) => e.code)).toEqual([6, 5, 4]);
	});

	test('the one shard a search fetches suggests exactly what the whole catalog would, for every number near a code', () => {
		const numbers = new Set<number>();
		for (const { code } of everyCode) for (let d = -150; d <= 150; d++) numbers.add(code + d);
		for (const far of [9_999_999, -9_999_999, 123_456, -654_321, 50_000, -99_999]) numbers.add(far);
		let checked = 0;
		for (const value of numbers) {
			if (catalog.byNumber.has(value)) continue;
			for (const query of [
				{ value, signed: true },
				{ value: Math.abs(value), signed: false },
			]) {
				if (catalog.byNumber.has(query.value) || catalog.byNumber.has(-query.value)) continue;
				expect(fromShard(query), String(value)).toEqual(suggest(query, everyCode, ranges));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10_000);
	});
});
