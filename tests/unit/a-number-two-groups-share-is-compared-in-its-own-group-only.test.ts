import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { compareCatalog } from '../../tools/lib/catalog-diff.ts';
import { pageOf } from '../support/bigml-pages.ts';

const groups = readCatalog('data');
const SHARED = -30021;

test(`${SHARED} reworded in one of its two tables is a change to that group alone`, () => {
	const holders = groups.filter((g) => g.codes.some((c) => c.code === SHARED));
	expect(holders.map((g) => g.slug)).toHaveLength(2);
	for (const changed of holders) {
		const page = pageOf(groups);
		const row = page.find((s) => s.heading === changed.heading)!.rows.find((r) => r.code === SHARED)!;
		const old = row.text;
		row.text = `${old}, try later`;
		expect(compareCatalog(groups, page).groups).toEqual([
			{
				status: 'kept',
				slug: changed.slug,
				heading: changed.heading,
				changes: [{ type: 'text', code: SHARED, old, new: `${old}, try later` }],
			},
		]);
	}
});

test(`${SHARED} gone from one table is gone from that group alone, and stays in the other`, () => {
	const [first, second] = groups.filter((g) => g.codes.some((c) => c.code === SHARED));
	const page = pageOf(groups);
	const section = page.find((s) => s.heading === first!.heading)!;
	section.rows = section.rows.filter((r) => r.code !== SHARED);
	const diff = compareCatalog(groups, page);
	expect(diff.groups.map((g) => [g.slug, g.changes.map((c) => [c.type, c.code])])).toEqual([
		[first!.slug, [['gone', SHARED]]],
	]);
	expect(diff.groups.some((g) => g.slug === second!.slug)).toBe(false);
});
