import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGEFIND_DIR, PAGEFIND_PARTS_PATH } from '../../src/utils/paths.ts';
import { catalog } from '../support/catalog.ts';
import { splitIndexSite } from '../support/split-index.ts';

/** Small enough to split the real catalog into several parts, as 5,000 splits a catalog of 20,000 codes. */
const PAGES_PER_PART = 60;
let site: ReturnType<typeof splitIndexSite>;
beforeAll(() => {
	site = splitIndexSite(PAGES_PER_PART);
});
afterAll(() => site?.remove());

/** The pages a Pagefind bundle indexed, read from its fragments (gzip: a signature, then JSON with the page's URL). */
function indexedPages(bundle: string): string[] {
	const dir = join(site.dir, bundle, 'fragment');
	return readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
	});
}

test(`the full-text index built in parts of ${PAGES_PER_PART} pages lists every part, each with one page list, at most ${PAGES_PER_PART} pages and whole groups`, () => {
	const parts: string[] = JSON.parse(readFileSync(join(site.dir, PAGEFIND_PARTS_PATH), 'utf8'));
	const bundles = [PAGEFIND_DIR, ...parts];
	expect(bundles.length, 'the index is split').toBeGreaterThan(1);
	const wrong: string[] = [];
	const partOf = new Map<string, string>();
	for (const bundle of bundles) {
		const meta = readdirSync(join(site.dir, bundle)).filter((f) => f.endsWith('.pf_meta'));
		if (meta.length !== 1) wrong.push(`${bundle}: ${meta.length} page lists`);
		const pages = indexedPages(bundle);
		if (pages.length > PAGES_PER_PART) wrong.push(`${bundle}: ${pages.length} pages`);
		for (const page of pages) {
			if (partOf.has(page)) wrong.push(`${page}: in ${partOf.get(page)} and ${bundle}`);
			partOf.set(page, bundle);
		}
	}
	for (const group of catalog.groups) {
		const holding = new Set(group.entries.map((e) => partOf.get(e.path) ?? '(none)'));
		if (holding.size !== 1 || holding.has('(none)'))
			wrong.push(`${group.path}: its codes are in ${[...holding].join(', ')}`);
	}
	expect(wrong).toEqual([]);
	expect([...partOf.keys()].sort()).toEqual(catalog.entries.map((e) => e.path).sort());
});
