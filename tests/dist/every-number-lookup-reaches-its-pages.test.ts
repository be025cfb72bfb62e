import { expect, test } from 'vitest';
import { lookupPath } from '../../src/utils/paths.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog } from '../support/catalog.ts';
import { pageFacts } from '../support/page-facts.ts';

/**
 * `/codes/<number>/` resolves a bare number: a redirect (meta refresh, which
 * works without JavaScript) to the one code that has it, or a page listing
 * every code that shares it. That a browser follows the refresh is proved once
 * in tests/browser/a-number-lookup-lands-on-its-code-page-without-javascript.spec.ts.
 */
test('every number lookup sends the browser to its one code, or lists all the codes that share the number', () => {
	const problems: string[] = [];
	for (const [code, entries] of catalog.byNumber) {
		const path = lookupPath(code);
		const built = builtPage(path);
		if (!built) {
			problems.push(`${path}: not built`);
			continue;
		}
		const page = pageFacts(built.doc);
		const wrong = (what: string) => problems.push(`${path}: ${what}`);
		if (entries.length === 1) {
			if (built.redirectsTo !== entries[0]!.path) wrong(`redirects to ${built.redirectsTo}, not ${entries[0]!.path}`);
			continue;
		}
		if (page.meta.refresh !== undefined) wrong(`redirects (${page.meta.refresh}) instead of listing its codes`);
		if (!page.h1.includes(String(code))) wrong(`h1 "${page.h1}" lacks ${code}`);
		const listed = page.rows.map((r) => `${r.links[0]?.text} ${r.links[0]?.href}`);
		const expected = entries.map((e) => `${code} ${e.path}`);
		if (listed.join() !== expected.join()) wrong(`lists ${listed.join(', ')}, not ${expected.join(', ')}`);
		entries.forEach((e, i) => page.rows[i]?.text.includes(e.text) || wrong(`row ${i + 1} lacks "${e.text}"`));
	}
	expect(problems).toEqual([]);
});
