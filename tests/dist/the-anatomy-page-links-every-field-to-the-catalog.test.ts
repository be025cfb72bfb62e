import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ANATOMY_PATH, fileOfPath } from '../../src/utils/paths.ts';
import { builtPage, DIST } from '../support/built-site.ts';
import { attr } from '../support/html.ts';

/** The fields the page takes apart, in its order: an error response's, then a faulty resource's. */
const FIELDS = [
	'400 in the status line',
	'code',
	'status.code',
	'status.message',
	'status.extra',
	'code',
	'resource',
	'status.code',
	'status.error',
	'status.message',
	'status.cause',
];
/** The fields that hold a number of the catalog: each must link to the table it belongs to. */
const NUMBERS = new Set(['400 in the status line', 'code', 'status.code', 'status.error', 'status.cause']);

test('every field of the anatomy is explained and linked to the catalog, and every link lands', () => {
	const built = builtPage(ANATOMY_PATH);
	if (!built) throw new Error(`${ANATOMY_PATH} is not built`);
	const { doc } = built;
	expect(doc.text(doc.first('h1'))).toBe('Anatomy of an error');
	const fields = doc
		.all('dl', (dl) => attr(dl, 'class') === 'anatomy')
		.flatMap((dl) => doc.children(dl, 'div'))
		.map((div) => ({ name: doc.text(doc.children(div, 'dt')[0]), dds: doc.children(div, 'dd') }));
	expect(fields.map((f) => f.name)).toEqual(FIELDS);
	const unlinked = fields
		.filter((f) => NUMBERS.has(f.name))
		.flatMap((f) =>
			f.dds.filter((dd) => !doc.inside(dd, 'a').some((a) => /^\/(http|errors|status)\//.test(attr(a, 'href') ?? ''))),
		)
		.map((dd) => doc.text(dd).slice(0, 60));
	expect(unlinked, 'fields with a number that link to no table').toEqual([]);
	const hrefs = doc.inside(doc.first('main'), 'a').flatMap((a) => attr(a, 'href') ?? []);
	const missing = [...new Set(hrefs.filter((href) => href.startsWith('/')).map((href) => href.split('#')[0]!))].filter(
		(path) => !existsSync(join(DIST, fileOfPath(path))),
	);
	expect(missing).toEqual([]);
});
