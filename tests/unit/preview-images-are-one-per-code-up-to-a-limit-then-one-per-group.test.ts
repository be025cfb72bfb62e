import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { codePreviewPath, groupPreviewPath, SITE_PREVIEW_PATH } from '../../src/utils/paths.ts';
import { PER_CODE_PREVIEW_LIMIT, previewImages, previewOfCode } from '../../src/utils/preview-cards.ts';
import { writeSyntheticCatalog } from '../../tools/lib/synthetic-catalog.mjs';

const real = buildCatalog(readCatalog('data'));

describe('preview images are one per code up to a limit, then one per group', () => {
	test('a catalog within the limit gets the site image, one per group and one per code, each naming its code', () => {
		expect(real.entries.length).toBeLessThanOrEqual(PER_CODE_PREVIEW_LIMIT);
		const images = previewImages(real);
		expect(images.map((i) => i.path)).toEqual([
			SITE_PREVIEW_PATH,
			...real.groups.map(groupPreviewPath),
			...real.entries.map((e) => codePreviewPath(e.group, e.code)),
		]);
		for (const entry of real.entries) {
			const { card } = previewOfCode(real, entry);
			expect(card.big).toBe(String(entry.code));
			expect(card.headline).toBe(entry.name ?? entry.text);
			expect(card.footer).toContain(entry.group.title);
		}
	});

	test('a catalog over the limit gets one image per group, and each code page shows its group’s', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'data');
		writeSyntheticCatalog(dir, PER_CODE_PREVIEW_LIMIT + 100);
		const large = buildCatalog(readCatalog(dir));
		expect(previewImages(large)).toHaveLength(1 + large.groups.length);
		const entry = large.entries.at(-1)!;
		expect(previewOfCode(large, entry).path).toBe(groupPreviewPath(entry.group));
	});
});
