import { codeHeadline, codeTitle } from '../../src/utils/catalog.ts';
import { catalog, permalink } from './support/catalog.ts';
import { expect, readPage, test } from './support/fixtures.ts';

for (const entry of catalog.entries) {
	test(`${entry.path} shows ${entry.code} and BigML's text, and unfurls with both`, async ({ sweep }) => {
		const page = await readPage(sweep, entry.path);
		expect(page.status).toBe(200);
		expect(page.h1).toContain(String(entry.code));
		expect(page.h1).toContain(codeHeadline(entry));
		expect(page.article).toContain(entry.text);
		expect(page.breadcrumbs).toContain(entry.group.title);

		expect(page.title).toBe(codeTitle(entry));
		expect(page.meta).toMatchObject({
			canonical: permalink(entry.path),
			description: entry.text,
			ogTitle: codeTitle(entry),
			ogDescription: entry.text,
			ogUrl: permalink(entry.path),
		});

		expect(page.rows.map((r) => r.links[0]?.href)).toEqual(entry.group.entries.map((e) => e.path));
		expect(page.rows.filter((r) => r.current).map((r) => r.links[0]?.href)).toEqual([entry.path]);
	});
}
