import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { compareCatalog } from '../../tools/lib/catalog-diff.ts';
import { pageOf } from '../support/bigml-pages.ts';

const groups = readCatalog('data');

test('the page the catalog itself gives has no difference', () => {
	expect(compareCatalog(groups, pageOf(groups)).groups).toEqual([]);
});

test('a code added, a text reworded, a name changed and a code gone are each reported, verbatim, in their group', () => {
	const page = pageOf(groups);
	const model = page.find((s) => s.heading === 'Model Error Code Summary')!;
	const http = page.find((s) => s.heading === 'HTTP Status Code Summary')!;
	const reworded = model.rows[2]!;
	const gone = model.rows.at(-1)!;
	const renamed = http.rows.find((r) => r.code === 429)!;
	const oldText = reworded.text;
	const oldName = renamed.name!;
	reworded.text = `${oldText}  at all`;
	renamed.name = `${oldName}!`;
	model.rows.pop();
	model.rows.splice(1, 0, { code: -4009, text: 'The model could not be frozen' });

	const diff = compareCatalog(groups, page);
	expect(diff.groups).toEqual([
		{
			status: 'kept',
			slug: 'http',
			heading: http.heading,
			changes: [{ type: 'name', code: 429, old: oldName, new: `${oldName}!` }],
		},
		{
			status: 'kept',
			slug: 'model',
			heading: model.heading,
			changes: [
				{ type: 'added', code: -4009, text: 'The model could not be frozen', after: model.rows[0]!.code },
				{ type: 'text', code: reworded.code, old: oldText, new: `${oldText}  at all` },
				{ type: 'gone', code: gone.code, text: gone.text },
			],
		},
	]);
	expect(diff.matched).toBe(diff.expected);
});
