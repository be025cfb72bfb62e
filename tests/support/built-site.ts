import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../tools/permalinks.mjs';
import { attr, HtmlDocument } from './html.ts';
import { catalog } from './catalog.ts';
import { pathOfFile } from '../../src/utils/paths.ts';

/** The built site the dist and browser tests run against. */
export const DIST = 'dist';

/** One HTML file of the built site, parsed. */
export interface BuiltPage {
	/** The URL that serves it: `/errors/model/` for `errors/model/index.html`, `/404.html` for `404.html`. */
	path: string;
	/** The file, relative to `dist/`. */
	file: string;
	html: string;
	doc: HtmlDocument;
	/** Where a redirect stub's meta refresh sends the browser; `undefined` for a real page. */
	redirectsTo: string | undefined;
}

// Parsed once per process: the dist tests share a worker (vitest.config.ts), so 600 pages are read once, not per file.
const parsed = new Map<string, BuiltPage[]>();

/** Every HTML file of a built site (`dist/` unless told), whatever route made it: the catalog's, the index pages, and any added later. */
export function builtPages(dir = DIST): BuiltPage[] {
	const cached = parsed.get(dir);
	if (cached) return cached;
	const pages = listFiles(dir)
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => {
			const html = readFileSync(join(dir, file), 'utf8');
			const doc = new HtmlDocument(html);
			const refresh = attr(
				doc.first('meta', (m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh'),
				'content',
			);
			return {
				path: pathOfFile(file),
				file,
				html,
				doc,
				redirectsTo: refresh?.match(/url=(.+)$/i)?.[1],
			};
		});
	parsed.set(dir, pages);
	return pages;
}

const indexed = new Map<string, Map<string, BuiltPage>>();

/** The built page a URL path serves (`/errors/model/`), or `undefined` when no file answers it. */
export function builtPage(path: string, dir = DIST): BuiltPage | undefined {
	let byPath = indexed.get(dir);
	if (!byPath) indexed.set(dir, (byPath = new Map(builtPages(dir).map((page) => [page.path, page]))));
	return byPath.get(path);
}

/** Group slugs, live and former: the variable part of catalog URLs. */
const slugs = new Set(catalog.groups.flatMap((g) => [g.slug, ...(g.formerSlugs ?? [])]));

/**
 * The kind of page a path is, with its variable parts named: `/errors/model/-4002/`
 * is `/errors/:group/:code/`, `/codes/-1/` is `/codes/:code/`, `/search/` is itself.
 */
export function pageType(path: string): string {
	return path
		.split('/')
		.map((segment) => (/^-?\d+$/.test(segment) ? ':code' : slugs.has(segment) ? ':group' : segment))
		.join('/');
}

/** What a page is made of: each element name, and each name with each of its classes and its role. */
function parts(page: BuiltPage): Set<string> {
	return new Set(
		page.doc.all().flatMap((el) => [
			el.name,
			...(attr(el, 'class') ?? '')
				.split(/\s+/)
				.filter(Boolean)
				.map((c) => `${el.name}.${c}`),
			...(attr(el, 'role') ? [`${el.name}[role=${attr(el, 'role')}]`] : []),
		]),
	);
}

/**
 * The pages a browser test must see to have seen the whole site: for each
 * page type, its first page, then any page of the type that shows an element
 * the chosen ones do not (a code with a name, one whose number is shared, a
 * retired one…). Redirect stubs are left out: a browser never stays on them
 * (their HTML is still validated and link-checked with every other file).
 */
export function representativePages(dir = DIST): { type: string; path: string }[] {
	const chosen: { type: string; path: string }[] = [];
	const seen = new Map<string, Set<string>>();
	for (const page of builtPages(dir)) {
		if (page.redirectsTo !== undefined) continue;
		const type = pageType(page.path);
		const known = seen.get(type);
		const own = parts(page);
		if (!known || [...own].some((part) => !known.has(part))) {
			// The 404 page is seen where readers meet it: at an address that does not exist.
			chosen.push({ type, path: page.path === '/404.html' ? '/no-such-page/' : page.path });
			seen.set(type, new Set([...(known ?? []), ...own]));
		}
	}
	return chosen;
}
