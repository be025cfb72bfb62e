import { expect, test } from '@playwright/test';
import { pageWeight } from '../../tools/lib/page-weight.mjs';
import { builtPage, DIST, representativePages } from '../support/built-site.ts';
import { catalog } from '../support/catalog.ts';
import { staticWeight } from '../support/static-weight.ts';

/**
 * tests/dist/code-pages-stay-within-their-weight-budget.test.ts weighs every
 * code page from its files (tests/support/static-weight.ts). Here Chromium
 * loads one code page of each kind and must fetch exactly the files that
 * model counts, each as many bytes, so the budget is checked on what readers
 * really download.
 */
const codePaths = new Set(catalog.entries.map((e) => e.path));
const pages = representativePages().filter((p) => codePaths.has(p.path));

test('Chromium fetches exactly the files, and bytes, that the weight check counts, on a code page of each kind', async ({
	context,
	baseURL,
}) => {
	expect(pages.length).toBeGreaterThan(0);
	for (const { path } of pages) {
		const measured = await pageWeight(context, new URL(path, baseURL).href);
		const fetched = measured.fetched.map((f: { url: string; kind: string; gzip: number }) => {
			const kind = ['document', 'stylesheet', 'script'].includes(f.kind) ? f.kind : 'other';
			return `${kind} ${new URL(f.url).pathname} ${f.gzip}`;
		});
		const counted = staticWeight(builtPage(path)!, DIST).fetched.map((f) => `${f.kind} ${f.path} ${f.bytes.gzip}`);
		expect(fetched.toSorted(), path).toEqual(counted.toSorted());
	}
});
