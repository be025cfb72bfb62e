import { fullTextQuery, relaxedTerms } from '../../utils/search/full-text-terms.ts';
import { parseQuery, queryFromPath, type ParsedQuery } from '../../utils/search/query.ts';
import type { SearchBoxElement } from './boot.ts';
import { CODES_PATH, searchPath } from '../../utils/paths.ts';
import { lookupExact, warmExact, type ExactResults, type Hit, type HitGroup } from './exact.ts';
import { loadPagefind, searchText, type SearchFilters, type TextResults } from './full-text.ts';
import { h, linkOption, resultGroup, resultOption, type ResultView } from './render.ts';

/** Full-text results the header's popup lists before pointing to the search page. */
const POPUP_TEXT_RESULTS = 5;
/** How long typing must pause before full text searches; exact codes are looked up on every key. */
const TEXT_PAUSE_MS = 50;
/** Full-text results the search page lists at a time. */
const PAGE_TEXT_RESULTS = 20;

/** The search page's URL for a query and filters: what the page shows and a link shares. */
const searchUrl = (query: string, filters: SearchFilters) =>
	searchPath(query, { group: filters.group, family: filters.family });

/** How a code is listed, whichever search found it: its name as headline where it has one, else its text. */
const view = (hit: Pick<Hit, 'path' | 'code' | 'name' | 'text'>, group: string): ResultView => ({
	href: hit.path,
	code: hit.code,
	headline: hit.name ?? hit.text,
	detail: hit.name === undefined ? undefined : hit.text,
	group,
});

/** Whether an exact hit passes the search page's filters, which full text applies through Pagefind. */
const passes = (hit: Hit, filters: SearchFilters) =>
	(!filters.group || hit.info.type === filters.group) && (!filters.family || hit.group === filters.family);

/** Says what a range is: "model errors, -4000 to -4999". */
const rangeText = (group: HitGroup, first: number, last: number) =>
	`${group.type === 'family' ? `${group.label}s` : group.title.toLowerCase()}, ${first} to ${last}`;

/** Drives one search box: reads the query, looks it up and lists results in the popup or on the page. */
class SearchController {
	readonly #box: SearchBoxElement;
	readonly #input: HTMLInputElement;
	/** The results region of the search page or the 404 page; absent elsewhere, where the popup shows results. */
	readonly #page: HTMLElement | null;
	readonly #popup: HTMLElement | null;
	readonly #list: HTMLElement;
	readonly #notes: HTMLElement;
	readonly #more: HTMLButtonElement | null;
	readonly #filterForm: HTMLFormElement | null;
	#filters: SearchFilters = {};
	#seq = 0;
	/** Settles once the current query's exact results are listed: Enter waits for it. */
	#exactListed: Promise<void> = Promise.resolve();
	#options: HTMLElement[] = [];
	#active = -1;
	#text: { results: TextResults; shown: number; words: string[]; exclude: Set<string> } | undefined;

	constructor(box: SearchBoxElement) {
		const input = box.querySelector('input');
		this.#box = box;
		if (!input) throw new Error('<search-box> needs an <input> to read queries from.');
		this.#input = input;
		this.#page = document.querySelector('search-results');
		this.#popup = this.#page ? null : box.querySelector('.search-popup');
		const region = this.#page ?? this.#popup;
		const list = region?.querySelector<HTMLElement>('[role="listbox"]');
		const notes = region?.querySelector<HTMLElement>('.search-notes');
		if (!list || !notes) throw new Error('The search results region needs a listbox and a .search-notes element.');
		this.#list = list;
		this.#notes = notes;
		this.#more = this.#page?.querySelector('.search-more') ?? null;
		this.#filterForm = this.#page?.querySelector('form.search-filters') ?? null;
		input.setAttribute('aria-controls', list.id);

		if (this.#page) this.#prefill(this.#page);
		input.addEventListener('input', () => void this.#run());
		input.addEventListener('focus', () => this.#warm());
		input.addEventListener('keydown', (event) => this.#onKey(event));
		box.addEventListener('focusout', (event) => {
			if (!(event.relatedTarget instanceof Node && box.contains(event.relatedTarget))) this.#close();
		});
		this.#filterForm?.addEventListener('change', (event) => this.#onFilter(event));
		this.#more?.addEventListener('click', () => void this.#showMoreText());

		box.dataset['ready'] = 'true';
		if (document.activeElement === input) this.#warm();
		if (input.value.trim() || this.#filters.group || this.#filters.family) void this.#run();
		if (box.pendingEnter) void this.#activate();
	}

	/** Fills the box from the page's URL: `?q=` on the search page, the missing path on the 404 page. */
	#prefill(page: HTMLElement) {
		if (page.dataset['source'] === 'path') {
			this.#input.value = queryFromPath(location.pathname);
			return;
		}
		const params = new URLSearchParams(location.search);
		this.#input.value = params.get('q') ?? '';
		this.#filters = { group: params.get('group') ?? undefined, family: params.get('family') ?? undefined };
		if (this.#filterForm) {
			for (const [name, value] of Object.entries(this.#filters)) {
				const select = this.#filterForm.elements.namedItem(name);
				if (select instanceof HTMLSelectElement && value) select.value = value;
			}
			// Shows the filters, which held their place unseen until now (SearchResults.astro).
			page.dataset['ready'] = 'true';
		}
		if (!this.#input.value) this.#input.focus();
	}

	/** Starts loading the exact index, so the first number typed finds it ready; full text loads with the first word. */
	#warm() {
		warmExact().catch(() => undefined);
	}

	#onFilter(event: Event) {
		const target = event.target;
		if (!(target instanceof HTMLSelectElement)) return;
		const select = (name: string) => {
			const element = this.#filterForm?.elements.namedItem(name);
			return element instanceof HTMLSelectElement ? element : undefined;
		};
		const group = select('group');
		const family = select('family');
		// A family is a kind of resource error; a kind other than that rules every family out.
		if (target === family && family.value && group) group.value = 'family';
		if (target === group && group.value !== 'family' && family) family.value = '';
		this.#filters = { group: group?.value || undefined, family: family?.value || undefined };
		void this.#run();
	}

	/** Runs the current query: exact codes listed as soon as their shard is read, full text after. */
	async #run() {
		const seq = ++this.#seq;
		const query = this.#input.value.trim();
		// Cleared until this run answers, so a reader of `data-query` never takes the last answer for this one.
		delete this.#list.dataset['query'];
		const filters = this.#page ? this.#filters : {};
		if (this.#page?.dataset['syncUrl'] !== undefined) {
			history.replaceState(history.state, '', searchUrl(query, filters));
			document.title = query ? `${query} — Search — BigML.io codes` : 'Search — BigML.io codes';
		}
		const parsed = parseQuery(query);
		const exact = parsed.numbers.length > 0 ? lookupExact(parsed) : Promise.resolve(undefined);
		let listed!: () => void;
		this.#exactListed = new Promise((resolve) => (listed = resolve));
		try {
			const results = await exact.catch((error: unknown) => error as Error);
			if (seq !== this.#seq) return;
			const exactHits = this.#renderExact(query, results instanceof Error ? undefined : results, filters);
			if (results instanceof Error) this.#note(`Exact lookup failed: ${results.message}`);
			listed();
			await this.#runText(seq, query, parsed, results instanceof Error ? undefined : results, filters, exactHits);
		} finally {
			listed();
		}
	}

	/** Lists the exact matches, or says why there are none; returns the pages listed, which full text leaves out. */
	#renderExact(query: string, results: ExactResults | undefined, filters: SearchFilters) {
		this.#notes.replaceChildren();
		this.#list.replaceChildren();
		this.#text = undefined;
		if (this.#more) this.#more.hidden = true;
		this.#active = -1;
		this.#input.removeAttribute('aria-activedescendant');
		const listed = new Set<string>();
		const groups: HTMLElement[] = [];
		const option = (hit: Hit) => {
			listed.add(hit.path);
			return resultOption(view(hit, hit.info.title), `${this.#list.id}-${listed.size}`, [], this.#page !== null);
		};
		results?.resolutions.forEach(({ match, suggestion }, i) => {
			const id = `${this.#list.id}-n${i}`;
			const shown = match.entries.filter((hit) => passes(hit, filters));
			const hidden = match.entries.length - shown.length;
			if (match.assumedMinus)
				this.#note(
					`No code is numbered ${match.query.value}: showing ${match.code}, as BigML.io error codes are negative.`,
				);
			if (hidden > 0)
				this.#note(`${match.code} matches ${hidden} code${hidden === 1 ? '' : 's'} outside the filters you chose.`);
			if (shown.length > 0) {
				const heading =
					shown.length === 1 ? `Code ${match.code}` : `${match.code}: ${shown.length} codes share this number`;
				groups.push(resultGroup(id, 'exact', query, heading, shown.map(option)));
			}
			const other = match.otherSign.filter((hit) => passes(hit, filters));
			if (other.length > 0)
				groups.push(
					resultGroup(`${id}-o`, 'other-sign', query, `${-match.code}, with a minus sign`, other.map(option)),
				);
			if (suggestion) {
				const owner = suggestion.range && results.groups.get(suggestion.range.group);
				this.#note(
					// Unsigned, both readings were tried: say so, then which one the suggestions are about.
					match.query.signed || match.query.value === 0
						? `No BigML.io code is numbered ${suggestion.code}.`
						: `No BigML.io code is numbered ${match.query.value} or ${-match.query.value}.`,
					owner && suggestion.range
						? [
								` ${suggestion.code} falls in the range of ${rangeText(owner, suggestion.range.first, suggestion.range.last)}: see `,
								h('a', { href: owner.path }, owner.title),
								'.',
							]
						: [],
				);
				const near = suggestion.nearest.filter((hit) => passes(hit, filters));
				if (near.length > 0)
					groups.push(
						resultGroup(`${id}-near`, 'nearest', query, `Nearest codes to ${suggestion.code}`, near.map(option)),
					);
			}
		});
		this.#list.append(h('div', { role: 'none', class: 'search-exact' }, ...groups));
		this.#refreshOptions();
		return listed;
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
			this.#note(`Full-text search failed to load (${(error as Error).message}). Exact codes still work.`);
			return this.#finish(query);
		}
		if (seq !== this.#seq) return;
		this.#text = { results, shown: 0, words: term.split(' '), exclude };
		const section = h('div', { role: 'none', class: 'search-text' });
		this.#list.append(section);
		const count = await this.#showMoreText(seq);
		if (seq !== this.#seq) return;
		if (count === 0 && exclude.size === 0 && term)
			this.#note(`No code's text contains “${term}”.`, [
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
			this.#refreshOptions();
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
			group.append(resultOption(view(hit, hit.group), `${this.#list.id}-t${start + i}`, marked, this.#page !== null));
		});
		if (this.#more) this.#more.hidden = !this.#page || text.shown >= total;
		this.#refreshOptions();
		return section.querySelectorAll('[role="option"]').length;
	}

	/** Marks the query as fully answered (tests and the benchmark read `data-query`) and opens the popup. */
	#finish(query: string) {
		this.#list.dataset['query'] = query;
		if (query && this.#options.length === 0 && this.#notes.childElementCount === 0)
			this.#note(`Nothing matches “${query}”.`, [
				' Browse ',
				h('a', { href: CODES_PATH }, 'every code by number'),
				'.',
			]);
		this.#open();
	}

	/** Adds a sentence to the live region above the results (read out by screen readers). */
	#note(text: string, extra: (Node | string)[] = []) {
		this.#notes.append(h('p', {}, text, ...extra));
		this.#open();
	}

	#refreshOptions() {
		this.#options = [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
		this.#open();
	}

	#open() {
		if (!this.#popup) return;
		const has = this.#options.length > 0 || this.#notes.childElementCount > 0;
		const open = has && Boolean(this.#input.value.trim()) && document.activeElement === this.#input;
		this.#popup.hidden = !open;
		this.#input.setAttribute('aria-expanded', String(open));
	}

	#close() {
		if (!this.#popup) return;
		this.#popup.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
		this.#select(-1);
	}

	#select(index: number) {
		this.#options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = this.#options[index];
		if (!option) {
			this.#input.removeAttribute('aria-activedescendant');
			return;
		}
		option.setAttribute('aria-selected', 'true');
		this.#input.setAttribute('aria-activedescendant', option.id);
		option.scrollIntoView({ block: 'nearest' });
	}

	#onKey(event: KeyboardEvent) {
		if (event.isComposing) return;
		const count = this.#options.length;
		switch (event.key) {
			case 'ArrowDown':
			case 'ArrowUp': {
				if (count === 0) return;
				event.preventDefault();
				if (this.#popup?.hidden) this.#open();
				// The box itself sits between the last option and the first: -1 means no option is chosen.
				const step = event.key === 'ArrowDown' ? 1 : -1;
				this.#select(((this.#active + 1 + step + count + 1) % (count + 1)) - 1);
				break;
			}
			case 'Enter':
				event.preventDefault();
				void this.#activate();
				break;
			case 'Escape':
				if (this.#popup && !this.#popup.hidden) {
					event.preventDefault();
					this.#close();
				} else if (this.#active !== -1) {
					event.preventDefault();
					this.#select(-1);
				}
				break;
		}
	}

	/** Enter: opens the chosen result, else the top exact match, else (from the popup) the search page. */
	async #activate() {
		this.#box.pendingEnter = false;
		const seq = this.#seq;
		await this.#exactListed;
		if (seq !== this.#seq) return;
		const chosen = this.#options[this.#active];
		const top = this.#list.querySelector<HTMLAnchorElement>('[data-kind="exact"] [role="option"]');
		const target = chosen?.getAttribute('href') ?? top?.getAttribute('href');
		const query = this.#input.value.trim();
		if (target) location.assign(target);
		else if (!this.#page && query) location.assign(searchUrl(query, {}));
	}
}

/** Enhances a `<search-box>`; called by the boot script the first time the reader reaches for search. */
export function connectSearch(box: SearchBoxElement): void {
	new SearchController(box);
}
