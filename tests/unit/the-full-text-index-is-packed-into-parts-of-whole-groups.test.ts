import { describe, expect, test } from 'vitest';
import { packParts, PAGES_PER_PART } from '../../tools/full-text-index.mjs';

const folders = (...sizes: number[]) => sizes.map((pages, i) => ({ folder: `errors/family-${i}`, pages }));
const flat = (parts: ReturnType<typeof packParts>) => parts.flatMap((p) => p.folders);

describe('packParts', () => {
	test('keeps every folder once, in order, whole', () => {
		const input = folders(30, 20, 50, 10, 40);
		expect(flat(packParts(input, 60))).toEqual(input.map((f) => f.folder));
	});

	test('fills each part up to the limit and never past it', () => {
		const parts = packParts(folders(30, 20, 50, 10, 40), 60);
		expect(parts.map((p) => p.pages)).toEqual([50, 60, 40]);
	});

	test('gives a folder larger than the limit a part of its own', () => {
		expect(packParts(folders(10, 80, 10), 60).map((p) => p.pages)).toEqual([10, 80, 10]);
	});

	test('makes one part of a catalog the size of the real one, and several of 20,000 codes', () => {
		expect(packParts(folders(...Array<number>(39).fill(8)))).toHaveLength(1);
		const large = packParts(folders(...Array<number>(200).fill(100)));
		expect(large).toHaveLength(Math.ceil(20_000 / PAGES_PER_PART));
		expect(Math.max(...large.map((p) => p.pages))).toBeLessThanOrEqual(PAGES_PER_PART);
	});
});
