/**
 * Every URL path the site publishes or links to, in one place. Pages,
 * components, browser scripts, build tools and tests ask this module rather
 * than spelling a path: a published path is a public contract (see
 * `permalinks.json`), and one that is written once cannot drift.
 *
 * Pure and dependency-free: it runs in the browser, at build time, and in Node
 * tools (which import it with Node's own type stripping).
 */

/** The group types that own a section of the site; the shape `groupPath` needs. */
type GroupType = 'http' | 'status' | 'general' | 'family';

/** The home page. */
export const HOME_PATH = '/';
/** The `/errors/` index, parent of the general and family groups. */
export const ERRORS_PATH = '/errors/';
/** Every code sorted by number. */
export const CODES_PATH = '/codes/';
/** The search results page; the header's form submits to it. */
export const SEARCH_PATH = '/search/';
/** The response decoder. */
export const DECODE_PATH = '/decode/';
/** An error response and a faulty resource, field by field. */
export const ANATOMY_PATH = '/anatomy/';
/** The page unknown URLs are answered with. */
export const NOT_FOUND_FILE = '/404.html';

/** What changed in the catalog when it was compared with BigML's page, newest first, and its Atom feed. */
export const CHANGES_PATH = '/changes/';
export const CHANGES_FEED_PATH = '/changes.xml';

/** The machine-readable catalog, its JSON Schema and its CSV twin. */
export const CATALOG_JSON_PATH = '/catalog.json';
export const CATALOG_SCHEMA_PATH = '/catalog.schema.json';
export const CATALOG_CSV_PATH = '/catalog.csv';
/** What crawlers read. */
export const SITEMAP_PATH = '/sitemap.xml';
export const ROBOTS_PATH = '/robots.txt';
/** The site's icon. */
export const FAVICON_PATH = '/favicon.svg';

/** The exact-code index: a manifest, then one shard per hundred magnitudes. */
export const EXACT_INDEX_DIR = '/search/exact/';
export const EXACT_MANIFEST_PATH = `${EXACT_INDEX_DIR}manifest.json`;
/** The words search knows (catalog words for "did you mean", the words people use per kind): read with the first word typed. */
export const LEXICON_PATH = '/search/words.json';
/** Pagefind's full-text bundle, and the list of its other parts (a large catalog has several). */
export const PAGEFIND_DIR = '/pagefind/';
export const PAGEFIND_SCRIPT_PATH = `${PAGEFIND_DIR}pagefind.js`;
export const PAGEFIND_PARTS_PATH = `${PAGEFIND_DIR}parts.json`;
/** Astro's hashed bundles. */
export const ASSETS_DIR = '/_astro/';
/** The preview images chat tools and social sites show for a link (`og:image`), made by `tools/preview-images.mjs`. */
export const PREVIEW_DIR = '/og/';
/** The preview image of every page that is not a group's or a code's. */
export const SITE_PREVIEW_PATH = `${PREVIEW_DIR}site.png`;

/** Returns the permanent path of a group's page: `/http/`, `/errors/model/`. */
export function groupPath(group: { slug: string; type: GroupType }): string {
	return group.type === 'http' || group.type === 'status' ? `/${group.slug}/` : `${ERRORS_PATH}${group.slug}/`;
}

/** Returns the permanent path of a code's page: `/errors/model/-4002/`. */
export function codePath(group: { slug: string; type: GroupType }, code: number): string {
	return `${groupPath(group)}${code}/`;
}

/** Returns the path of a group's preview image: `/og/errors/model.png`. */
export function groupPreviewPath(group: { slug: string; type: GroupType }): string {
	return `${PREVIEW_DIR}${toRouteParam(groupPath(group))}.png`;
}

/** Returns the path of a code's preview image: `/og/errors/model/-4002.png`. */
export function codePreviewPath(group: { slug: string; type: GroupType }, code: number): string {
	return `${PREVIEW_DIR}${toRouteParam(codePath(group, code))}.png`;
}

/** Returns the path that resolves a bare number to its page or pages: `/codes/-40021/`. */
export function lookupPath(code: number): string {
	return `${CODES_PATH}${code}/`;
}

/** What names one change of the change log: its day, group, code (for a code's change) and kind. */
interface ChangeRef {
	date: string;
	group: string;
	code?: number | undefined;
	change: string;
}

/** Returns the id of one change's entry on the changes page: `change-2026-12-02-model--4002-text`. */
export function changeAnchor(change: ChangeRef): string {
	return `change-${change.date}-${change.group}${change.code === undefined ? '' : `-${change.code}`}-${change.change}`;
}

/** Returns the path of one change on the changes page: `/changes/#change-2026-12-02-model--4002-text`. */
export function changePath(change: ChangeRef): string {
	return `${CHANGES_PATH}#${changeAnchor(change)}`;
}

/** Returns the URL of one shard of the exact index: `/search/exact/40.json`. */
export function exactShardPath(key: number): string {
	return `${EXACT_INDEX_DIR}${key}.json`;
}

/**
 * Returns the decoder's URL with a paste in its fragment: `/decode/#input=…`.
 * A fragment never leaves the browser, so the paste is not sent to the server.
 */
export function decodePath(input?: string): string {
	return input ? `${DECODE_PATH}#input=${encodeURIComponent(input)}` : DECODE_PATH;
}

/** Reads the paste a decoder URL's fragment carries (`#input=…`); `undefined` without one. */
export function inputFromHash(hash: string): string | undefined {
	const value = new URLSearchParams(hash.replace(/^#/, '')).get('input');
	return value ?? undefined;
}

/** Returns the search page's URL for a query and its filters, as a shareable link. */
export function searchPath(query: string, filters: Readonly<Record<string, string | undefined>> = {}): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
	const search = params.toString();
	return `${SEARCH_PATH}${search ? `?${search}` : ''}`;
}

/** Parses a number typed or pasted as part of a URL; `undefined` when it is not one. */
export function parseCodeParam(value: string | undefined): number | undefined {
	if (!value || !/^-?\d{1,7}$/.test(value)) return undefined;
	return Number(value);
}

/** Drops the slashes around a path so it can be a rest parameter: `/http/429/` → `http/429`. */
export function toRouteParam(path: string): string {
	return path.replace(/^\/|\/$/g, '');
}

/** The URL path that serves a built file: `errors/model/index.html` → `/errors/model/`. */
export function pathOfFile(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file that answers a URL path: `/errors/model/` → `errors/model/index.html`. */
export function fileOfPath(path: string): string {
	const relative = path.replace(/^\//, '');
	return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Built files that are not URLs anyone links to: the 404 page (it answers
 * unknown URLs, it has none of its own), the host's own configuration, and
 * generated assets whose names or contents change with every build (bundles,
 * the search indexes, their shards and the search lexicon). Preview images are
 * assets too: a chat tool finds one through its page's `og:image`, never by a
 * link in a ticket, and a large catalog has one per group instead of one per
 * code (src/utils/preview-cards.ts).
 */
export const NOT_PERMALINKS: readonly RegExp[] = [
	...[NOT_FOUND_FILE, '/_headers', '/_redirects', LEXICON_PATH].map(
		(path) => new RegExp(`^${escapeRegExp(path.slice(1))}$`),
	),
	...[ASSETS_DIR, PAGEFIND_DIR, EXACT_INDEX_DIR, PREVIEW_DIR].map(
		(dir) => new RegExp(`^${escapeRegExp(dir.slice(1))}`),
	),
];

/** Escapes a literal for use in a regular expression. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The absolute URL of a path on a site's origin. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}
