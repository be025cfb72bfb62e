import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { compareCatalog } from '../../tools/lib/catalog-diff.ts';
import { planWrite } from '../../tools/lib/catalog-write.ts';
import { pageOf } from '../support/bigml-pages.ts';

const groups = readCatalog('data');

test('a table BigML adds becomes a group file placed between its neighbours, which the build reads, with what to check', () => {
	const page = pageOf(groups);
	const at = page.findIndex((s) => s.heading === 'Evaluation Error Code Summary');
	const [before, after] = [
		groups.find((g) => g.heading === page[at - 1]!.heading)!,
		groups.find((g) => g.heading === page[at]!.heading)!,
	];
	page.splice(at, 0, {
		heading: 'Batch Forecast Error Code Summary',
		rows: [
			{ code: -41001, text: 'Bad request to create a batch forecast' },
			{ code: -41021, text: 'The batch forecast cannot be created now' },
		],
	});
	const plan = planWrite({
		diff: compareCatalog(groups, page),
		groups,
		files: new Map(),
		changeLog: undefined,
		date: '2026-12-02',
	});

	expect([...plan.files.keys()]).toEqual(['batch-forecast']);
	const dir = join(mkdtempSync(join(tmpdir(), 'new-group-')), 'data');
	cpSync('data', dir, { recursive: true });
	writeFileSync(join(dir, 'batch-forecast.yaml'), plan.files.get('batch-forecast')!);
	const group = readCatalog(dir).find((g) => g.slug === 'batch-forecast')!;
	expect(group).toMatchObject({
		type: 'family',
		heading: 'Batch Forecast Error Code Summary',
		noun: 'batch forecast',
		category: before.category,
	});
	expect(group.order).toBeGreaterThan(before.order);
	expect(group.order).toBeLessThan(after.order);
	expect(group.codes.map((c) => [c.code, c.kind])).toEqual([
		[-41001, 'bad-request'],
		[-41021, 'cannot-create-now'],
	]);
	expect(plan.files.get('batch-forecast')).toMatch(
		/^# Added by `npm run catalog:sync` on 2026-12-02 for BigML's "Batch Forecast Error Code Summary" table\./,
	);
	expect(plan.newGroups[0]!.check).toContain('slug');
	expect(plan.records.map((r) => [r.change, r.code])).toEqual([
		['group-added', undefined],
		['added', -41001],
		['added', -41021],
	]);
});
