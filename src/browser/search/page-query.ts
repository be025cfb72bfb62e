/**
 * The query a results page starts from and keeps: `?q=` and the filters on
 * the search page (kept in the URL, so a search can be shared as a link), or
 * the missing path on the 404 page.
 */
import { queryFromPath } from '../../utils/search/query.ts';
import { searchPath } from '../../utils/paths.ts';
import type { SearchFilters } from './full-text.ts';

/** The search page's URL for a query and filters: what the page shows and a link shares. */
export const searchUrl = (query: string, filters: SearchFilters) =>
	searchPath(query, { group: filters.group, family: filters.family });

/** Reads the page's starting query and filters from its URL. */
export function readPageQuery(page: HTMLElement): { query: string; filters: SearchFilters } {
	if (page.dataset['source'] === 'none') return { query: '', filters: {} };
	if (page.dataset['source'] === 'path') return { query: queryFromPath(location.pathname), filters: {} };
	const params = new URLSearchParams(location.search);
	return {
		query: params.get('q') ?? '',
		filters: { group: params.get('group') ?? undefined, family: params.get('family') ?? undefined },
	};
}

/** Writes the query into the address bar and the title, without adding a history entry per key. */
export function keepInUrl(query: string, filters: SearchFilters): void {
	history.replaceState(history.state, '', searchUrl(query, filters));
	document.title = query ? `${query} — Search — BigML.io codes` : 'Search — BigML.io codes';
}

/** The filter form's selects, by name. */
const select = (form: HTMLFormElement, name: string) => {
	const element = form.elements.namedItem(name);
	return element instanceof HTMLSelectElement ? element : undefined;
};

/** Shows the filters from the URL in the form. */
export function showFilters(form: HTMLFormElement, filters: SearchFilters): void {
	for (const [name, value] of Object.entries(filters)) {
		const element = select(form, name);
		if (element && value) element.value = value;
	}
}

/**
 * Reads the filters after one select changed, keeping them consistent: a
 * family is a kind of resource error, so choosing one sets the group to
 * families, and a group other than families rules every family out.
 */
export function filtersAfterChange(form: HTMLFormElement, changed: EventTarget | null): SearchFilters {
	const group = select(form, 'group');
	const family = select(form, 'family');
	if (changed === family && family?.value && group) group.value = 'family';
	if (changed === group && group?.value !== 'family' && family) family.value = '';
	return { group: group?.value || undefined, family: family?.value || undefined };
}
