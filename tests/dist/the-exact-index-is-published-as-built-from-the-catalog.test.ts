import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildExactIndex } from '../../src/utils/search/exact-index.ts';
import { EXACT_INDEX_DIR, EXACT_MANIFEST_PATH, exactShardPath } from '../../src/utils/paths.ts';
import { DIST } from '../support/built-site.ts';
import { catalog, guidance } from '../support/catalog.ts';
import { NOT_CODES_DIR, readNotCodes } from '../../src/build/not-codes-fs.ts';

/**
 * The unit tests resolve every form of every code through `buildExactIndex`
 * (tests/unit/search-finds-every-code-by-its-number-in-every-form.test.ts);
 * this proves the files the search box downloads are that index, shard for
 * shard, so the unit tests' table holds for the built site too.
 */
test('the exact index is published as built from the catalog: its manifest and every shard, and no other file', () => {
	const notCodes = readNotCodes(NOT_CODES_DIR).sort((a, b) => Math.abs(a.number) - Math.abs(b.number));
	const { manifest, shards } = buildExactIndex(catalog, guidance, notCodes);
	const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
	expect(read(EXACT_MANIFEST_PATH)).toEqual(JSON.parse(JSON.stringify(manifest)));
	const wrong = [...shards.values()]
		.filter((shard) => JSON.stringify(read(exactShardPath(shard.key))) !== JSON.stringify(shard))
		.map((shard) => exactShardPath(shard.key));
	expect(wrong, 'shards that differ from the catalog').toEqual([]);
	const expected = [EXACT_MANIFEST_PATH, ...[...shards.keys()].map(exactShardPath)].sort();
	const published = readdirSync(join(DIST, EXACT_INDEX_DIR))
		.map((file) => `${EXACT_INDEX_DIR}${file}`)
		.sort();
	expect(published).toEqual(expected);
});
