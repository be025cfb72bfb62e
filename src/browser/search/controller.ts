/**
 * Drives one search box once the reader reaches for it: reads the input the
 * one way every lookup does (`readInput`): a pasted response is decoded in
 * place, a number looked up in the exact index, words in the words people use
 * and in full text. Results go to the header's popup or to the page's results
 * region (the search page, the 404 page, the home page). Enter opens what the
 * answer puts first.
 */
import { CODES_PATH } from '../../utils/paths.ts';
import { readInput } from '../../utils/search/classify.ts';
import { fullTextQuery, relaxedTerms } from '../../utils/search/full-text-terms.ts';
import { groupHints, type GroupHints } from '../../utils/search/group-hints.ts';
import { didYouMean, hasWords, meaningsOf, tokens } from '../../utils/search/lexicon.ts';
import type { ParsedQuery } from '../../utils/search/query.ts';
import { resourcesOf } from '../../utils/search/settle.ts';
import { Combobox } from './combobox.ts';
import { loadManifest, lookupExact, warmExact, type ExactResults } from './exact.ts';
import { exactView, type ExactView } from './exact-results.ts';
import { loadPagefind, searchKinds, searchText, type SearchFilters, type TextResults } from './full-text.ts';
import type { SearchHost } from './host.ts';
import { loadLexicon } from './lexicon.ts';
import { filtersAfterChange, keepInUrl, readPageQuery, searchUrl, showFilters } from './page-query.ts';
import { h, hitView, linkOption, resultGroup, resultOption } from './render.ts';
import { responseView } from './response-results.ts';

/** Full-text results the header's popup lists before pointing to the search page. */
const POPUP_TEXT_RESULTS = 5;
/** How long typing must pause before full text searches; exact codes are looked up on every key. */
const TEXT_PAUSE_MS = 50;
/** Full-text results the search page lists at a time. */
const PAGE_TEXT_RESULTS = 20;
/** A query longer than this (a large pasted response) is not written into the address bar. */
const MAX_URL_QUERY = 2000;

/** The order result sections take in the list, whatever order they arrive in. */
const SECTION_ORDER = ['suggestion', 'meaning', 'text', 'text-near', 'text-partial'] as const;

/** What Enter does when no option is chosen: open a page, or take a "did you mean". */
type EnterAction = { href: string } | { replace: string } | undefined;

/** Drives one search box: reads the query, looks it up and lists results in the popup or on the page. */
class SearchController {
	readonly #box: SearchHost;
	readonly #input: HTMLInputElement;
	/** The results region of the page; absent where the header's popup shows results. */
	readonly #page: HTMLElement | null;
	readonly #list: HTMLElement;
	readonly #combobox: Combobox;
	readonly #more: HTMLButtonElement | null;
	readonly #filterForm: HTMLFormElement | null;
	#filters: SearchFilters = {};
	#seq = 0;
	/** Settles once the current query's first answer (exact codes or a decoded response) is listed: Enter waits for it. */
	#firstListed: Promise<void> = Promise.resolve();
	#enter: EnterAction;
	/** Settles once the current query is fully answered (words included), or given up for a newer one. */
	#answered: Promise<void> = Promise.resolve();
	#answer: () => void = () => undefined;
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
		if (page.dataset['source'] === 'none') return;
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

	/** Runs the current input: a response decoded, exact codes listed as soon as their shard is read, words after. */
	async #run() {
		const seq = ++this.#seq;
		const query = this.#input.value.trim();
		// Cleared until this run answers, so a reader of `data-query` never takes the last answer for this one.
		delete this.#list.dataset['query'];
		this.#enter = undefined;
		this.#answer();
		this.#answered = new Promise((resolve) => (this.#answer = resolve));
		const filters = this.#page ? this.#filters : {};
		if (this.#page?.dataset['syncUrl'] !== undefined) keepInUrl(query.length <= MAX_URL_QUERY ? query : '', filters);
		const input = readInput(query);
		let listed!: () => void;
		this.#firstListed = new Promise((resolve) => (listed = resolve));
		try {
			if (input.kind === 'response') {
				const view = await responseView(query, input.findings, input.more, this.#list.id, this.#page !== null).catch(
					(error: unknown) => error as Error,
				);
				if (seq !== this.#seq) return;
				if (view instanceof Error) {
					this.#combobox.clear();
					this.#combobox.note(`Decoding failed: ${view.message}`);
				} else this.#show(view);
				listed();
				return this.#finish(query);
			}
			const parsed = input.kind === 'empty' ? { numbers: [], words: [], keys: [] } : input.parsed;
			const exact = parsed.numbers.length > 0 ? lookupExact(parsed) : Promise.resolve(undefined);
			const results = await exact.catch((error: unknown) => error as Error);
			if (seq !== this.#seq) return;
			const found = results instanceof Error ? undefined : results;
			const view = exactView(query, found, filters, this.#list.id, this.#page !== null, {
				resources: resourcesOf(query),
				text: parsed.words.join(' '),
			});
			this.#show(view);
			if (results instanceof Error) this.#combobox.note(`Exact lookup failed: ${results.message}`);
			listed();
			await this.#runWords(seq, query, parsed, found, filters, view.listed);
		} finally {
			listed();
		}
	}

	/** Lists an answer's notes and groups in place of the last one; its Enter target becomes Enter's. */
	#show(view: ExactView) {
		this.#combobox.clear();
		this.#text = undefined;
		if (this.#more) this.#more.hidden = true;
		for (const { text, extra } of view.notes) this.#combobox.note(text, extra);
		this.#list.append(h('div', { role: 'none', class: 'search-exact' }, ...view.groups));
		this.#combobox.refresh();
		if (view.enter) this.#enter = { href: view.enter };
		else {
			const first = this.#list.querySelector('[data-kind="response"] [role="option"]');
			if (first) this.#enter = { href: first.getAttribute('href') ?? '' };
		}
	}

	/** The section of the list for a kind of words result, created in its place in `SECTION_ORDER`. */
	#section(kind: (typeof SECTION_ORDER)[number], heading: string): HTMLElement {
		const words =
			this.#list.querySelector('.search-text') ??
			this.#list.appendChild(h('div', { role: 'none', class: 'search-text' }));
		const existing = words.querySelector<HTMLElement>(`[data-kind="${kind}"]`);
		if (existing) return existing;
		const group = resultGroup(`${this.#list.id}-${kind}`, kind, this.#input.value.trim(), heading, []);
		const after = [...words.children].find(
			(el) =>
				SECTION_ORDER.indexOf((el as HTMLElement).dataset['kind'] as (typeof SECTION_ORDER)[number]) >
				SECTION_ORDER.indexOf(kind),
		);
		words.insertBefore(group, after ?? null);
		return group;
	}

	/**
	 * Words: a "did you mean" for a typo, the codes the words people use stand
	 * for ("rate limit" → 429), then full text for the words the numbers leave over.
	 */
	async #runWords(
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
		const lexicon = loadLexicon().catch(() => undefined);
		// Keys typed or pasted in a burst would each start a search whose answer is thrown away: wait for a pause.
		await new Promise((resolve) => setTimeout(resolve, TEXT_PAUSE_MS));
		if (seq !== this.#seq) return;
		const words = tokens(term);
		const known = await lexicon;
		if (seq !== this.#seq) return;
		// A typo is searched as the word it is near, and said so: "cannnot be created" lists what "cannot be created" does.
		let searched = term;
		if (known && words.length > 0) {
			const fixed = didYouMean(words, known);
			if (fixed) {
				searched = fixed;
				this.#section('suggestion', 'Did you mean').append(
					linkOption(searchUrl(fixed, {}), `Did you mean “${fixed}”?`, `${this.#list.id}-fix`),
				);
				this.#enter ??= { replace: fixed };
				this.#combobox.refresh();
			}
			const meaning = meaningsOf(tokens(searched), known);
			if (meaning.kinds.length > 0)
				await this.#showMeaning(seq, meaning, known.familyKinds, parsed, exact?.hints, filters, exclude);
			if (seq !== this.#seq) return;
		}
		let results: TextResults;
		try {
			results = await searchText(searched || null, filters);
		} catch (error) {
			if (seq !== this.#seq) return;
			this.#combobox.note(`Full-text search failed to load (${(error as Error).message}). Exact codes still work.`);
			return this.#finish(query);
		}
		if (seq !== this.#seq) return;
		this.#text = { results, shown: 0, words: searched.split(' '), exclude };
		const count = await this.#showMoreText(seq);
		if (seq !== this.#seq) return;
		if (count === 0 && exclude.size === 0 && term && !this.#list.querySelector('[data-kind="suggestion"]'))
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
			this.#list.querySelector('.search-text')?.append(all);
			this.#combobox.refresh();
		}
		this.#finish(query);
	}

	/** Lists the codes a phrase people use stands for, narrowed to the families the query names. */
	async #showMeaning(
		seq: number,
		meaning: { phrases: string[]; kinds: string[] },
		familyKinds: readonly string[],
		parsed: ParsedQuery,
		hints: GroupHints | undefined,
		filters: SearchFilters,
		exclude: Set<string>,
	) {
		const named = hints ?? groupHints(parsed, [...(await loadManifest()).groups.values()]);
		const families = named.groups.filter((slug) => familyKinds.length > 0 && slug !== 'http' && slug !== 'status');
		let results: TextResults;
		try {
			results = await searchKinds(meaning.kinds, new Set(familyKinds), families, filters);
		} catch {
			return;
		}
		const limit = this.#page ? PAGE_TEXT_RESULTS : POPUP_TEXT_RESULTS;
		const hits = (await results.read(0, limit)).filter((hit) => !exclude.has(hit.path));
		if (seq !== this.#seq || hits.length === 0) return;
		const phrases = meaning.phrases.map((p) => `“${p}”`).join(', ');
		const section = this.#section('meaning', `Codes that mean ${phrases}`);
		hits.forEach((hit, i) => {
			exclude.add(hit.path);
			section.append(resultOption(hitView(hit, hit.group), `${this.#list.id}-m${i}`, [], this.#page !== null));
		});
		if (results.total > limit && families.length === 0)
			this.#combobox.note(
				`${results.total - limit} more codes mean ${phrases} in other families: name the family (“model ${meaning.phrases[0]}”) to see its own.`,
			);
		this.#combobox.refresh();
	}

	/** Lists the next batch of full-text results; returns how many are listed in all. */
	async #showMoreText(seq = this.#seq): Promise<number> {
		const text = this.#text;
		if (!text) return 0;
		const batch = this.#page ? PAGE_TEXT_RESULTS : POPUP_TEXT_RESULTS;
		const start = text.shown;
		text.shown += batch;
		const hits = (await text.results.read(start, text.shown)).filter((hit) => !text.exclude.has(hit.path));
		if (seq !== this.#seq) return 0;
		const phrase = text.words.join(' ');
		// Full text matches word starts and stems ("retry" finds "retrieved"): a heading claims only what each hit shows.
		const headings = {
			text: phrase ? `Codes whose text has “${phrase}”` : 'Codes in the groups you chose',
			'text-near': `Codes with words close to “${phrase}”`,
			'text-partial': 'Codes with some of the words, or words close to them',
		};
		hits.forEach((hit, i) => {
			const whole = !phrase || hasWords(`${hit.name ?? ''} ${hit.text}`, tokens(phrase));
			const kind = hit.partial ? 'text-partial' : whole ? 'text' : 'text-near';
			// A page with only some of the words is marked where it has the telling ones, not "be" or "not".
			const marked = hit.partial ? relaxedTerms(phrase) : text.words;
			this.#section(kind, headings[kind]).append(
				resultOption(hitView(hit, hit.group), `${this.#list.id}-t${start + i}`, marked, this.#page !== null),
			);
		});
		if (this.#more) this.#more.hidden = !this.#page || text.shown >= text.results.total;
		this.#combobox.refresh();
		return this.#list.querySelectorAll('.search-text [role="option"]').length;
	}

	/** Marks the query as fully answered (tests and the benchmark read `data-query`) and opens the popup. */
	#finish(query: string) {
		this.#list.dataset['query'] = query;
		this.#answer();
		if (query && this.#combobox.size === 0 && !this.#combobox.hasNotes)
			this.#combobox.note(`Nothing matches “${query}”.`, [
				' Browse ',
				h('a', { href: CODES_PATH }, 'every code by number'),
				'.',
			]);
		this.#combobox.open();
	}

	/**
	 * Enter: opens the chosen result; else what the answer put first (a
	 * response's most specific code, a number's page or the page of all its
	 * meanings); else takes the "did you mean"; else, from the popup, the search page.
	 */
	async #activate() {
		this.#box.pendingEnter = false;
		const seq = this.#seq;
		await this.#firstListed;
		// Without a code to open, Enter may take a "did you mean", which comes with the words' answer.
		if (!this.#enter && !this.#combobox.chosenHref()) await this.#answered;
		if (seq !== this.#seq) return;
		const chosen = this.#combobox.chosenHref();
		const query = this.#input.value.trim();
		const enter = this.#enter;
		if (chosen) location.assign(chosen);
		else if (enter && 'href' in enter) location.assign(enter.href);
		else if (enter && 'replace' in enter) {
			this.#input.value = enter.replace;
			void this.#run();
		} else if (!this.#page && query) location.assign(searchUrl(query, {}));
	}
}

/** Enhances a `<search-box>`; called by the boot script the first time the reader reaches for search. */
export function connectSearch(box: SearchHost): void {
	new SearchController(box);
}
