import { expect, test } from '@playwright/test';
import { catalog } from '../support/catalog.ts';
import { builtPages } from '../support/built-site.ts';
import { attr } from '../support/html.ts';

/**
 * A code BigML.io's table does not list (6 Uploading, -3 Runnable, -2020) says
 * so on its own page; every table row that shows it says so too, on the group
 * pages and on /codes/, so no reader takes it for one of BigML's.
 */
const observed = new Set(catalog.entries.filter((e) => e.provenance === 'observed').map((e) => e.path));

test('every table row of a code BigML’s table leaves out says so, and no other row does', () => {
	const rows = builtPages()
		.filter((page) => !page.redirectsTo)
		.flatMap((page) =>
			page.doc.all('tr').flatMap((row) => {
				const link = page.doc.inside(row, 'a').find((a) => catalog.entries.some((e) => e.path === attr(a, 'href')));
				return link ? [{ page: page.path, code: attr(link, 'href')!, text: page.doc.text(row) }] : [];
			}),
		);
	const marked = (text: string) => text.includes('not in BigML’s table');
	const pagesShowing = new Set(rows.filter((r) => observed.has(r.code)).map((r) => r.page));
	expect([...pagesShowing]).toEqual(expect.arrayContaining(['/status/', '/codes/']));
	for (const row of rows) expect(marked(row.text), `${row.page}: the row of ${row.code}`).toBe(observed.has(row.code));
});
