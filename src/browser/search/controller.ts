/**
 * Drives one search box once the reader reaches for it: reads the query,
 * looks its numbers up in the exact index and its words up in full text, and
 * lists both in the header's popup or in the page's results region. Enter
 * opens the chosen or the top exact result.
 */
import { CODES_PATH } from '../../utils/paths.ts';
import { fullTextQuery, relaxedTerms } from '../../utils/search/full-text-terms.ts';
import { parseQuery, type ParsedQuery } from '../../utils/search/query.ts';
import { Combobox } from './combobox.ts';
import { lookupExact, warmExact, type ExactResults } from './exact.ts';
import { exactView } from './exact-results.ts';
import { loadPagefind, searchText, type SearchFilters, type TextResults } from './full-text.ts';
import type { SearchHost } from './host.ts';
import { filtersAfterChange, keepInUrl, readPageQuery, searchUrl, showFilters } from './page-query.ts';
import { h, hitView, linkOption, resultGroup, resultOption } from './render.ts';

/** Full-text results the header's popup lists before pointing to the search page. */
const POPUP_TEXT_RESULTS = 5;
/** How long typing must pause before full text searches; exact codes are looked up on every key. */
const TEXT_PAUSE_MS = 50;
/** Full-text results the search page lists at a time. */
const PAGE_TEXT_RESULTS = 20;

/** Drives one search box: reads the query, looks it up and lists results in the popup or on the page. */
class SearchController {
	readonly #box: SearchHost;
	readonly #input: HTMLInputElement;
	/** The results region of the search page or the 404 page; absent elsewhere, where the popup shows results. */
	readonly #page: HTMLElement | null;
	readonly #list: HTMLElement;
	readonly #combobox: Combobox;
	readonly #more: HTMLButtonElement | null;
	readonly #filterForm: HTMLFormElement | null;
	#filters: SearchFilters = {};
	#seq = 0;
	/** Settles once the current query's exact results are listed: Enter waits for it. */
	#exactListed: Promise<void> = Promise.resolve();
	#text: { results: TextResults; shown: number; words: string[]; exclude: Set<string> } | undefined;

	constructor(box: SearchHost) {
		const input = box.querySelector('input');
		this.#box = box;
		if (!input) throw new Error('<search-box> needs an <input> to read queries from.');
		this.#input = input;
		this.#page = document.querySelector('search-results');
		const popup = this.#page ? null : box.querySelector<HTMLElement>('.search-popup');
		const region = this.#page ?? popup;
		const list = region?.querySelector<HTMLElement>('[role="listbox"]');
		const notes = region?.querySelector<HTMLElement>('.search-notes');
		if (!list || !notes) throw new Error('The search results region needs a listbox and a .search-notes element.');
		this.#list = list;
		this.#combobox = new Combobox({ input, list, notes, popup });
		this.#more = this.#page?.querySelector('.search-more') ?? null;
		this.#filterForm = this.#page?.querySelector('form.search-filters') ?? null;

		if (this.#page) this.#prefill(this.#page);
		input.addEventListener('input', () => void this.#run());
		input.addEventListener('focus', () => this.#warm());
		input.addEventListener('keydown', (event) => {
			if (this.#combobox.onKey(event)) void this.#activate();
		});
		box.addEventListener('focusout', (event) => {
			if (!(event.relatedTarget instanceof Node && box.contains(event.relatedTarget))) this.#combobox.close();
		});
		this.#filterForm?.addEventListener('change', (event) => {
			if (!this.#filterForm) return;
			this.#filters = filtersAfterChange(this.#filterForm, event.target);
			void this.#run();
		});
		this.#more?.addEventListener('click', () => void this.#showMoreText());

		box.dataset['ready'] = 'true';
		if (document.activeElement === input) this.#warm();
		if (input.value.trim() || this.#filters.group || this.#filters.family) void this.#run();
		if (box.pendingEnter) void this.#activate();
	}

	/** Fills the box from the page's URL: `?q=` on the search page, the missing path on the 404 page. */
	#prefill(page: HTMLElement) {
		const { query, filters } = readPageQuery(page);
		this.#input.value = query;
		this.#filters = filters;
		if (this.#filterForm) {
			showFilters(this.#filterForm, filters);
			// Shows the filters, which held their place unseen until now (SearchResults.astro).
			page.dataset['ready'] = 'true';
		}
		if (page.dataset['source'] !== 'path' && !query) this.#input.focus();
	}

	/** Starts loading the exact index, so the first number typed finds it ready; full text loads with the first word. */
	#warm() {
		warmExact().catch(() => undefined);
	}

	/** Runs the current query: exact codes listed as soon as their shard is read, full text after. */
	async #run() {
		const seq = ++this.#seq;
		const query = this.#input.value.trim();
		// Cleared until this run answers, so a reader of `data-query` never takes the last answer for this one.
		delete this.#list.dataset['query'];
		const filters = this.#page ? this.#filters : {};
		if (this.#page?.dataset['syncUrl'] !== undefined) keepInUrl(query, filters);
		const parsed = parseQuery(query);
		const exact = parsed.numbers.length > 0 ? lookupExact(parsed) : Promise.resolve(undefined);
		let listed!: () => void;
		this.#exactListed = new Promise((resolve) => (listed = resolve));
		try {
			const results = await exact.catch((error: unknown) => error as Error);
			if (seq !== this.#seq) return;
			const exactHits = this.#showExact(query, results instanceof Error ? undefined : results, filters);
			if (results instanceof Error) this.#combobox.note(`Exact lookup failed: ${results.message}`);
			listed();
			await this.#runText(seq, query, parsed, results instanceof Error ? undefined : results, filters, exactHits);
		} finally {
			listed();
		}
	}

	/** Lists the exact matches, or says why there are none; returns the pages listed, which full text leaves out. */
	#showExact(query: string, results: ExactResults | undefined, filters: SearchFilters) {
		this.#combobox.clear();
		this.#text = undefined;
		if (this.#more) this.#more.hidden = true;
		const view = exactView(query, results, filters, this.#list.id, this.#page !== null);
		for (const { text, extra } of view.notes) this.#combobox.note(text, extra);
		this.#list.append(h('div', { role: 'none', class: 'search-exact' }, ...view.groups));
		this.#combobox.refresh();
		return view.listed;
	}

	/** Runs full text for the words the numbers leave over, then lists the pages exact lookup did not. */
	async #runText(
		seq: number,
		query: string,
		parsed: ParsedQuery,
		exact: ExactResults | undefined,
		filters: SearchFilters,
		exclude: Set<string>,
	) {
		const term = fullTextQuery(parsed, exact?.hints);
		const browse = !term && parsed.numbers.length === 0 && Boolean(filters.group || filters.family);
		if (!term && !browse) return this.#finish(query);
		loadPagefind().catch(() => undefined);
		// Keys typed or pasted in a burst would each start a search whose answer is thrown away: wait for a pause.
		await new Promise((resolve) => setTimeout(resolve, TEXT_PAUSE_MS));
		if (seq !== this.#seq) return;
		let results: TextResults;
		try {
			results = await searchText(term || null, filters);
		} catch (error) {
			if (seq !== this.#seq) return;
			this.#combobox.note(`Full-text search failed to load (${(error as Error).message}). Exact codes still work.`);
			return this.#finish(query);
		}
		if (seq !== this.#seq) return;
		this.#text = { results, shown: 0, words: term.split(' '), exclude };
		const section = h('div', { role: 'none', class: 'search-text' });
		this.#list.append(section);
		const count = await this.#showMoreText(seq);
		if (seq !== this.#seq) return;
		if (count === 0 && exclude.size === 0 && term)
			this.#combobox.note(`No code's text contains “${term}”.`, [
				' Try fewer words, or ',
				h('a', { href: CODES_PATH }, 'browse the codes by number'),
				'.',
			]);
		if (!this.#page && term && results.total > POPUP_TEXT_RESULTS) {
			const all = linkOption(
				searchUrl(query, {}),
				`See all ${results.total} results for “${query}”`,
				`${this.#list.id}-all`,
			);
			section.append(all);
			this.#combobox.refresh();
		}
		this.#finish(query);
	}

	/** Lists the next batch of full-text results; returns how many are listed in all. */
	async #showMoreText(seq = this.#seq): Promise<number> {
		const text = this.#text;
		if (!text) return 0;
		const batch = this.#page ? PAGE_TEXT_RESULTS : POPUP_TEXT_RESULTS;
		const start = text.shown;
		text.shown += batch;
		const hits = (await text.results.read(start, text.shown)).filter((hit) => !text.exclude.has(hit.path));
		const section = this.#list.querySelector('.search-text');
		if (seq !== this.#seq || !section) return 0;
		const { matched, total } = text.results;
		const phrase = text.words.join(' ');
		// Counts are exact only when no page was already listed as an exact code, which full text then leaves out.
		const count = (n: number) => (this.#page && text.exclude.size === 0 ? ` (${n})` : '');
		const headings = {
			text: phrase
				? `Codes whose text has “${phrase}”${count(matched)}`
				: `Codes in the groups you chose${count(total)}`,
			'text-partial': `Codes with some of the words${count(total - matched)}`,
		};
		hits.forEach((hit, i) => {
			const kind = hit.partial ? 'text-partial' : 'text';
			let group = section.querySelector(`[data-kind="${kind}"]`);
			if (!group) {
				group = resultGroup(`${this.#list.id}-${kind}`, kind, this.#input.value.trim(), headings[kind], []);
				section.append(group);
			}
			// A page with only some of the words is marked where it has the telling ones, not "be" or "not".
			const marked = hit.partial ? relaxedTerms(phrase) : text.words;
			group.append(
				resultOption(hitView(hit, hit.group), `${this.#list.id}-t${start + i}`, marked, this.#page !== null),
			);
		});
		if (this.#more) this.#more.hidden = !this.#page || text.shown >= total;
		this.#combobox.refresh();
		return section.querySelectorAll('[role="option"]').length;
	}

	/** Marks the query as fully answered (tests and the benchmark read `data-query`) and opens the popup. */
	#finish(query: string) {
		this.#list.dataset['query'] = query;
		if (query && this.#combobox.size === 0 && !this.#combobox.hasNotes)
			this.#combobox.note(`Nothing matches “${query}”.`, [
				' Browse ',
				h('a', { href: CODES_PATH }, 'every code by number'),
				'.',
			]);
		this.#combobox.open();
	}

	/** Enter: opens the chosen result, else the top exact match, else (from the popup) the search page. */
	async #activate() {
		this.#box.pendingEnter = false;
		const seq = this.#seq;
		await this.#exactListed;
		if (seq !== this.#seq) return;
		const top = this.#list.querySelector<HTMLAnchorElement>('[data-kind="exact"] [role="option"]');
		const target = this.#combobox.chosenHref() ?? top?.getAttribute('href');
		const query = this.#input.value.trim();
		if (target) location.assign(target);
		else if (!this.#page && query) location.assign(searchUrl(query, {}));
	}
}

/** Enhances a `<search-box>`; called by the boot script the first time the reader reaches for search. */
export function connectSearch(box: SearchHost): void {
	new SearchController(box);
}
