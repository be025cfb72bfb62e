import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileOfPath } from '../../src/utils/paths.ts';
import type { BuiltPage } from './built-site.ts';
import { attr } from './html.ts';

/** Raw and gzip bytes, measured as tools/lib/page-weight.mjs measures what a browser fetched. */
export interface Bytes {
	raw: number;
	gzip: number;
}

/** One file a page makes the browser fetch as it loads, by URL path. */
export interface Fetch {
	path: string;
	kind: 'document' | 'stylesheet' | 'script' | 'other';
	bytes: Bytes;
}

/** What a built page costs to load, worked out from the files alone. */
export interface StaticWeight {
	/** Every file fetched before the load event: the page, its styles and what they use, its scripts and their static imports. */
	fetched: Fetch[];
	/** What must arrive before the page can be read: everything but scripts, which are all deferred. */
	renderRequests: number;
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** Whether every external script waits for the document to be parsed (module, defer or async). */
	scriptsDeferred: boolean;
}

const sum = (fetched: Fetch[], kind: Fetch['kind']) =>
	fetched
		.filter((f) => f.kind === kind)
		.reduce((total, f) => ({ raw: total.raw + f.bytes.raw, gzip: total.gzip + f.bytes.gzip }), { raw: 0, gzip: 0 });

/** A module's static imports (`import "./a.js"`, `from "./a.js"`): fetched with it, unlike `import()`, which waits for use. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'`]([^"'`]+)["'`]/g;
/** A stylesheet's own fetches: `@import` and `url()`, except inline `data:` URLs. */
const CSS_URL = /@import\s+["']([^"']+)["']|url\(\s*["']?([^"')]+)["']?\s*\)/g;

/**
 * Works out, from a built page and the files beside it, every file a browser
 * fetches to load it and their weight. The browser proves this model on the
 * representative pages (tests/browser/pages-fetch-what-the-weight-check-counts.spec.ts),
 * so the dist tests can weigh every page without opening one.
 */
export function staticWeight(page: BuiltPage, dir: string): StaticWeight {
	const fetched = new Map<string, Fetch>();
	const base = new URL(page.path, 'http://site');
	const read = (path: string) => readFileSync(join(dir, fileOfPath(path)));
	const add = (path: string, kind: Fetch['kind'], body = read(path)) => {
		fetched.set(path, { path, kind, bytes: { raw: body.length, gzip: gzipSync(body).length } });
		return body;
	};
	const local = (value: string, from: URL) => {
		const url = new URL(value, from);
		return url.origin === base.origin ? url.pathname : undefined;
	};
	const style = (path: string) => {
		if (fetched.has(path)) return;
		const css = add(path, 'stylesheet').toString('utf8');
		for (const [, imported, used] of css.matchAll(CSS_URL)) {
			const target = local(imported ?? used ?? '', new URL(path, base));
			if (target === undefined || (used ?? '').startsWith('data:')) continue;
			if (imported) style(target);
			else if (!fetched.has(target)) add(target, 'other');
		}
	};
	const script = (path: string) => {
		if (fetched.has(path)) return;
		const js = add(path, 'script').toString('utf8');
		for (const [, imported] of js.matchAll(STATIC_IMPORT)) {
			const target = local(imported!, new URL(path, base));
			if (target !== undefined) script(target);
		}
	};

	add(page.path, 'document', Buffer.from(page.html));
	const { doc } = page;
	const rel = (el: Parameters<typeof attr>[0]) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
	for (const link of doc.all('link', (l) => rel(l).includes('stylesheet'))) {
		const path = local(attr(link, 'href') ?? '', base);
		if (path !== undefined) style(path);
	}
	for (const link of doc.all('link', (l) => rel(l).includes('modulepreload'))) {
		const path = local(attr(link, 'href') ?? '', base);
		if (path !== undefined) script(path);
	}
	for (const img of doc.all('img', (i) => attr(i, 'loading') !== 'lazy')) {
		const path = local(attr(img, 'src') ?? '', base);
		if (path !== undefined && !fetched.has(path)) add(path, 'other');
	}
	const scripts = doc.all('script', (s) => attr(s, 'src') !== undefined);
	for (const s of scripts) {
		const path = local(attr(s, 'src')!, base);
		if (path !== undefined) script(path);
	}
	const list = [...fetched.values()];
	return {
		fetched: list,
		renderRequests: list.filter((f) => f.kind !== 'script').length,
		html: sum(list, 'document'),
		css: sum(list, 'stylesheet'),
		js: sum(list, 'script'),
		scriptsDeferred: scripts.every(
			(s) => attr(s, 'type') === 'module' || attr(s, 'defer') !== undefined || attr(s, 'async') !== undefined,
		),
	};
}
