import { lookupPath } from '../../src/utils/paths.ts';
import { catalog } from './support/catalog.ts';
import { expect, readPage, test } from './support/fixtures.ts';

test.use({ sweepJavaScript: false });

for (const [code, entries] of catalog.byNumber) {
	if (entries.length === 1) {
		const [entry] = entries as [(typeof entries)[0]];
		test(`${lookupPath(code)} sends the browser to ${entry.path}`, async ({ sweep }) => {
			// The redirect is a meta refresh, so it works with JavaScript off; wait for it to land.
			await sweep.goto(lookupPath(code));
			await sweep.waitForURL(entry.path);
			const page = await readPage(sweep, entry.path);
			expect(page.h1).toContain(String(code));
		});
	} else {
		test(`${lookupPath(code)} lists all ${entries.length} codes numbered ${code} and stays put`, async ({ sweep }) => {
			const page = await readPage(sweep, lookupPath(code));
			expect(page.status).toBe(200);
			expect(page.meta.refresh).toBeNull();
			expect(page.h1).toContain(String(code));
			expect(page.rows.map((r) => r.links[0])).toEqual(entries.map((e) => ({ text: String(code), href: e.path })));
			entries.forEach((e, i) => expect(page.rows[i]?.text).toContain(e.text));
		});
	}
}
