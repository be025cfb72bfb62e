import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { compareCatalog } from '../../tools/lib/catalog-diff.ts';
import { pageOf } from '../support/bigml-pages.ts';

const groups = readCatalog('data');

test('a new table is reported with all its codes and the groups around it on the page', () => {
	const page = pageOf(groups);
	const at = page.findIndex((s) => s.heading === 'Evaluation Error Code Summary');
	const rows = [
		{ code: -41001, text: 'Bad request to create a batch forecast' },
		{ code: -41002, text: 'The batch forecast cannot be created' },
	];
	page.splice(at, 0, { heading: 'Batch Forecast Error Code Summary', rows });
	const slugOf = (heading: string) => groups.find((g) => g.heading === heading)!.slug;
	expect(compareCatalog(groups, page).groups).toEqual([
		{
			status: 'added',
			heading: 'Batch Forecast Error Code Summary',
			neighbours: { before: slugOf(page[at - 1]!.heading), after: slugOf(page[at + 1]!.heading) },
			changes: [
				{ type: 'added', code: -41001, text: rows[0]!.text },
				{ type: 'added', code: -41002, text: rows[1]!.text, after: -41001 },
			],
		},
	]);
});

test('a table dropped from the page is reported once, with each of its codes gone', () => {
	const dropped = groups.find((g) => g.slug === 'forecast')!;
	const page = pageOf(groups).filter((s) => s.heading !== dropped.heading);
	const diff = compareCatalog(groups, page);
	expect(diff.groups).toEqual([
		{
			status: 'gone',
			slug: 'forecast',
			heading: dropped.heading,
			changes: dropped.codes.map((c) => ({ type: 'gone', code: c.code, text: c.text })),
		},
	]);
	expect(diff.matched).toBe(diff.expected - 1);
});

test('a renamed heading over the same codes is a heading change, not a table dropped and another added', () => {
	const page = pageOf(groups);
	const section = page.find((s) => s.heading === 'Whizzml Library Error Code Summary')!;
	section.heading = 'WhizzML Library Error Code Summary';
	section.rows[0]!.text += '.';
	const [diff] = compareCatalog(groups, page).groups;
	expect(diff).toMatchObject({
		status: 'renamed',
		slug: 'library',
		heading: 'WhizzML Library Error Code Summary',
		oldHeading: 'Whizzml Library Error Code Summary',
	});
	expect(diff!.changes.map((c) => c.type)).toEqual(['text']);
});
