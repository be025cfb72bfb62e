import { expect, test } from '@playwright/test';
import { pageWeight } from '../../tools/lib/page-weight.mjs';
import { catalog } from '../support/catalog.ts';

/** The budget a code page must render within (issue 6): a phone on a slow network reads it at once. */
const BUDGET = { requests: 3, htmlCssGzip: 14 * 1024, jsGzip: 5 * 1024 };

// The heaviest code page of each group: the one with the longest text, in the largest family.
const heaviest = catalog.groups.map((g) => g.entries.reduce((a, b) => (b.text.length > a.text.length ? b : a)));

test.setTimeout(180_000);

test(`code pages render from ≤${BUDGET.requests} requests, ≤14 KB gzip of HTML and CSS, and <5 KB of deferred JS`, async ({
	context,
	baseURL,
}) => {
	for (const entry of heaviest) {
		const weight = await pageWeight(context, new URL(entry.path, baseURL).href);
		const where = `${entry.path}: ${weight.fetched.map((f) => `${f.kind} ${f.url} ${f.gzip} B gzip`).join(', ')}`;
		expect(weight.renderRequests, where).toBeLessThanOrEqual(BUDGET.requests);
		expect(weight.html.gzip + weight.css.gzip, where).toBeLessThanOrEqual(BUDGET.htmlCssGzip);
		expect(weight.js.gzip, where).toBeLessThan(BUDGET.jsGzip);
		expect(weight.scriptsDeferred, `${entry.path} has a script that blocks parsing`).toBe(true);
	}
});
