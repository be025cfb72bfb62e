import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import type { Group } from '../../src/schemas/group.ts';
import { compareCatalog } from '../../tools/lib/catalog-diff.ts';
import { pageOf } from '../support/bigml-pages.ts';

const groups = readCatalog('data');

test("codes marked observed, absent from BigML's page by definition, are never reported gone", () => {
	const observed = groups.flatMap((g) => g.codes.filter((c) => c.provenance === 'observed'));
	expect(observed.length).toBeGreaterThan(0);
	expect(compareCatalog(groups, pageOf(groups)).groups).toEqual([]);
});

test('a code retired by an earlier sync is not reported gone again; listed again, it is reported back', () => {
	const page = pageOf(groups);
	const retired: Group[] = groups.map((g) =>
		g.slug === 'model'
			? { ...g, codes: g.codes.map((c) => (c.code === -4008 ? { ...c, retired: '2026-01-01' } : c)) }
			: g,
	);
	const model = page.find((s) => s.heading === 'Model Error Code Summary')!;
	const listed = model.rows.find((r) => r.code === -4008)!;
	expect(compareCatalog(retired, page).groups).toEqual([
		{
			status: 'kept',
			slug: 'model',
			heading: model.heading,
			changes: [{ type: 'back', code: -4008, text: listed.text }],
		},
	]);
	model.rows = model.rows.filter((r) => r.code !== -4008);
	expect(compareCatalog(retired, page).groups).toEqual([]);
});

test('an observed code BigML starts listing is reported for a person to make documented', () => {
	const status = groups.find((g) => g.slug === 'status')!;
	const observed = status.codes.find((c) => c.provenance === 'observed')!;
	const page = pageOf(groups);
	page
		.find((s) => s.heading === status.heading)!
		.rows.push({ code: observed.code, name: observed.name!, text: 'Listed now' });
	expect(compareCatalog(groups, page).groups[0]!.changes).toEqual([
		{ type: 'listed', code: observed.code, text: 'Listed now' },
	]);
});
