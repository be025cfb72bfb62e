import { describe, expect, test } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { nextShard, shardKey } from '../../src/utils/search/shards.ts';
import { buildExactIndex } from '../../src/utils/search/exact-index.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCatalog } from '../../tools/lib/synthetic-catalog.mjs';

/** The budget a later issue sets for any one search download, at 20,000 codes. */
const MAX_DOWNLOAD_BYTES = 50 * 1024;

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** A catalog the size the site must scale to, shaped like the real one (the project's synthetic catalog). */
function syntheticCatalog(size: number): Catalog {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-20k-'));
	writeSyntheticCatalog(dir, size);
	return buildCatalog(readCatalog(dir));
}

function checkIndex(catalog: Catalog) {
	const { manifest, shards } = buildExactIndex(catalog);
	const sizes = [...shards.values()].map(bytes);
	return { manifest, shards, largest: Math.max(...sizes), manifestBytes: bytes(manifest) };
}

describe('the exact index is sharded so no search downloads every code', () => {
	test('every code is in exactly the shard its digits name, and no shard holds every code', () => {
		const catalog = buildCatalog(readCatalog('data'));
		const { shards, manifest } = checkIndex(catalog);
		const placed = [...shards.values()].flatMap((s) => s.entries.map((e) => ({ key: s.key, id: `${e.g}/${e.c}` })));
		expect(placed.map((p) => p.id).sort()).toEqual(catalog.entries.map((e) => e.id).sort());
		for (const { key, id } of placed) expect(shardKey(Number(id.split('/')[1])), id).toBe(key);
		expect(manifest.shards).toEqual([...shards.keys()].sort((a, b) => a - b));
		for (const shard of shards.values()) expect(shard.entries.length).toBeLessThan(catalog.entries.length);
	});

	test('the manifest names groups, ranges and shard keys, but no code text', () => {
		const catalog = buildCatalog(readCatalog('data'));
		const { manifest } = checkIndex(catalog);
		const json = JSON.stringify(manifest);
		for (const entry of catalog.entries.filter((e) => e.text.length > 40)) expect(json).not.toContain(entry.text);
	});

	test('whatever digit is typed next, its number is in the one shard fetched ahead of it', () => {
		const keys = Array.from({ length: 100_000 }, (_, k) => k);
		for (let value = 1; value < 100_000; value += 7) {
			const next = nextShard(-value, keys);
			for (let digit = 0; digit <= 9; digit++) expect(shardKey(-(value * 10 + digit)), `${value}${digit}`).toBe(next);
		}
		expect(nextShard(-1_000_000, keys)).toBeUndefined();
		expect(nextShard(-4002, [0, 4, 40])).toBeUndefined();
	});

	test(`at 20,000 codes, no shard and not the manifest exceed ${MAX_DOWNLOAD_BYTES / 1024} KB`, () => {
		const catalog = syntheticCatalog(20_000);
		expect(catalog.entries).toHaveLength(20_000);
		const { largest, manifestBytes, shards } = checkIndex(catalog);
		expect(shards.size).toBeGreaterThanOrEqual(200);
		expect(largest).toBeLessThan(MAX_DOWNLOAD_BYTES);
		expect(manifestBytes).toBeLessThan(MAX_DOWNLOAD_BYTES);
	});
});
