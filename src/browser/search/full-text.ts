// Pagefind's bundle and the list of its other parts are written by tools/full-text-index.mjs.
import { PAGEFIND_PARTS_PATH, PAGEFIND_SCRIPT_PATH } from '../../utils/paths.ts';
import { rankByRarity, relaxedTerms } from '../../utils/search/full-text-terms.ts';

/**
 * Full-text search through Pagefind's JS API, loaded on first use. Its
 * results are code pages only (only they carry `data-pagefind-body`), each
 * with the number, group and text the code page declares as metadata.
 */

/** What a code page tells Pagefind about itself (see CodePage.astro). */
export interface TextHit {
	/** The code's page. */
	path: string;
	/** The number. */
	code: number;
	/** The group's title ("Models"). */
	group: string;
	/** The status name, where BigML.io gives one. */
	name?: string | undefined;
	/** BigML.io's text. */
	text: string;
	/** Whether the page has only some of the query's words (see `relaxedTerms`). */
	partial: boolean;
}

/** Filters both searches honour, as the URL carries them. */
export interface SearchFilters {
	/** A group type: `http`, `status`, `general` or `family`. */
	group?: string | undefined;
	/** A family's slug, such as `model`. */
	family?: string | undefined;
}

/** The slice of Pagefind's API this site uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
	id: string;
	data(): Promise<PagefindData>;
}

interface PagefindData {
	url: string;
	meta: Record<string, string | undefined>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads and starts Pagefind once; called as soon as the reader reaches for search, so typing finds it ready. */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ PAGEFIND_SCRIPT_PATH) as Promise<Pagefind>).then(async (api) => {
		// In the page rather than a worker: the index is small, and the worker script would add 43 KB to the first search.
		await api.options({ noWorker: true, excerptLength: 0 });
		const [parts] = await Promise.all([
			fetch(PAGEFIND_PARTS_PATH).then((r) => r.json() as Promise<string[]>),
			api.init(),
		]);
		await Promise.all(parts.map((path) => api.mergeIndex(path)));
		return api;
	});
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

/** Every result of a search, in order, each readable on demand. */
export interface TextResults {
	/** How many code pages match: those with every word, then those with some. */
	total: number;
	/** How many of them have every word. */
	matched: number;
	/** Reads the hits from `start` to `end` (each costs one small fragment download). */
	read(start: number, end: number): Promise<TextHit[]>;
}

/** Reads a Pagefind result into a hit. */
async function readHit(r: PagefindResult, partial: boolean): Promise<TextHit> {
	const { url, meta } = await r.data();
	return {
		path: url,
		code: Number(meta['number']),
		group: meta['group'] ?? '',
		name: meta['name'],
		text: meta['text'] ?? '',
		partial,
	};
}

/** The filters of the search page, as Pagefind takes them. */
const pagefindFilters = (filters: SearchFilters) =>
	Object.fromEntries(Object.entries(filters).filter((f): f is [string, string] => Boolean(f[1])));

/**
 * The codes of some kinds, in catalog order (statuses, general errors, then
 * families): what a phrase people use stands for ("rate limit" → 429). Each
 * code page declares its kind to Pagefind (CodePage.astro). Family kinds are
 * narrowed to the families the query names, if any.
 */
export async function searchKinds(
	kinds: readonly string[],
	familyKinds: ReadonlySet<string>,
	families: readonly string[],
	filters: SearchFilters,
): Promise<TextResults> {
	const api = await loadPagefind();
	const base = pagefindFilters(filters);
	const own = kinds.filter((k) => !familyKinds.has(k));
	const family = kinds.filter((k) => familyKinds.has(k));
	const searches: Record<string, unknown>[] = [];
	if (own.length > 0) searches.push({ ...base, kind: { any: own } });
	if (family.length > 0)
		searches.push({ ...base, kind: { any: family }, ...(families.length > 0 && { family: { any: families } }) });
	const found = await Promise.all(searches.map((f) => api.search(null, { filters: f, sort: { rank: 'asc' } })));
	const list = found.flatMap((r) => r?.results ?? []);
	return {
		total: list.length,
		matched: list.length,
		read: (start, end) => Promise.all(list.slice(start, end).map((r) => readHit(r, false))),
	};
}

/**
 * Searches the code pages' text; `term` null lists every page the filters
 * allow. Pagefind finds pages with every word; pages with only some of the
 * telling words follow, rarest words first.
 */
export async function searchText(term: string | null, filters: SearchFilters): Promise<TextResults> {
	const api = await loadPagefind();
	const options = {
		filters: pagefindFilters(filters),
	};
	const words = term ? relaxedTerms(term) : [];
	const [all, ...single] = await Promise.all([term, ...words].map((t) => api.search(t, options)));
	// A page has every word only if each word found it: an index in parts (a large catalog) searches each part
	// apart, and a part without one of the words drops it from the query there.
	const foundBy = single.map((s) => new Set((s?.results ?? []).map((r) => r.id)));
	const matched = (all?.results ?? []).filter((r) => foundBy.every((ids) => ids.has(r.id)));
	const seen = new Set(matched.map((r) => r.id));
	const byId = new Map(single.flatMap((s) => s?.results ?? []).map((r) => [r.id, r]));
	const found = new Map(words.map((word, i) => [word, (single[i]?.results ?? []).map((r) => r.id)]));
	const partial = rankByRarity(found)
		.filter((id) => !seen.has(id))
		.flatMap((id) => byId.get(id) ?? []);
	const list = [...matched.map((r) => ({ r, partial: false })), ...partial.map((r) => ({ r, partial: true }))];
	return {
		total: list.length,
		matched: matched.length,
		read: (start, end) => Promise.all(list.slice(start, end).map(({ r, partial }) => readHit(r, partial))),
	};
}
