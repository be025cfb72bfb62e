import { expect, test } from 'vitest';
import { builtPage, DIST } from '../support/built-site.ts';
import { catalog } from '../support/catalog.ts';
import { staticWeight } from '../support/static-weight.ts';

/** The budget a code page must render within (issue 6): a phone on a slow network reads it at once. */
const BUDGET = { requests: 3, htmlCssGzip: 14 * 1024, jsGzip: 5 * 1024 };

test(`every code page renders from ≤${BUDGET.requests} requests, ≤14 KB gzip of HTML and CSS, and <5 KB of deferred JS`, () => {
	const over: string[] = [];
	for (const entry of catalog.entries) {
		const page = builtPage(entry.path);
		if (!page) {
			over.push(`${entry.path}: not built`);
			continue;
		}
		const weight = staticWeight(page, DIST);
		const files = weight.fetched.map((f) => `${f.kind} ${f.path} ${f.bytes.gzip} B gzip`).join(', ');
		const wrong = (what: string) => over.push(`${entry.path}: ${what} (${files})`);
		if (weight.renderRequests > BUDGET.requests) wrong(`${weight.renderRequests} requests to render`);
		if (weight.html.gzip + weight.css.gzip > BUDGET.htmlCssGzip)
			wrong(`${weight.html.gzip + weight.css.gzip} B gzip of HTML and CSS`);
		if (weight.js.gzip >= BUDGET.jsGzip) wrong(`${weight.js.gzip} B gzip of JavaScript`);
		if (!weight.scriptsDeferred) wrong('a script blocks parsing');
	}
	expect(over).toEqual([]);
});
