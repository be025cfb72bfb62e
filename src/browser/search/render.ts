/**
 * Builds the results' DOM from text only (never HTML strings), so nothing a
 * query or an index holds can inject markup.
 */

/** One result as listed: a code with its group and text, linking to its page. */
export interface ResultView {
	/** The code's page. */
	href: string;
	/** The number. */
	code: number;
	/** The name or, without one, the text. */
	headline: string;
	/** The text under a name; absent when the headline is the text. */
	detail?: string | undefined;
	/** The group's title ("Models"). */
	group: string;
}

type Child = Node | string | false | undefined;

/** Creates an element with attributes and children; `false` and `undefined` children are skipped. */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
	for (const child of children) if (child !== false && child !== undefined) element.append(child);
	return element;
}

/** Marks where the query's words start words of the text, case-insensitively. */
export function highlight(text: string, words: readonly string[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const escaped = words.filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (escaped.length === 0) {
		fragment.append(text);
		return fragment;
	}
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		fragment.append(text.slice(last, match.index), h('mark', {}, match[0]));
		last = match.index + match[0].length;
	}
	fragment.append(text.slice(last));
	return fragment;
}

/** One result as an option of the listbox. */
export function resultOption(view: ResultView, id: string, words: readonly string[], focusable: boolean): HTMLElement {
	return h(
		'a',
		{
			role: 'option',
			id,
			href: view.href,
			class: 'search-hit',
			'aria-selected': 'false',
			tabindex: focusable ? undefined : '-1',
		},
		h('span', { class: 'search-hit-code' }, String(view.code)),
		h(
			'span',
			{ class: 'search-hit-main' },
			h('span', { class: 'search-hit-title' }, highlight(view.headline, words)),
			view.detail !== undefined && h('span', { class: 'search-hit-detail' }, highlight(view.detail, words)),
		),
		h('span', { class: 'search-hit-group' }, view.group),
	);
}

/** A labelled group of options; `kind` and `query` let tests and the benchmark see what was painted for which query. */
export function resultGroup(
	id: string,
	kind: string,
	query: string,
	heading: Child,
	options: readonly HTMLElement[],
): HTMLElement {
	return h(
		'div',
		{ role: 'group', 'aria-labelledby': `${id}-h`, class: 'search-group', 'data-kind': kind, 'data-query': query },
		h('div', { id: `${id}-h`, class: 'search-group-heading' }, heading),
		...options,
	);
}

/** An option that is a plain link, such as "See all results" at the end of the popup. */
export function linkOption(href: string, label: string, id: string): HTMLElement {
	return h('a', { role: 'option', id, href, class: 'search-all', 'aria-selected': 'false', tabindex: '-1' }, label);
}

/** How a code is listed, whichever search found it: its name as headline where it has one, else its text. */
export const hitView = (
	hit: { path: string; code: number; name?: string | undefined; text: string },
	group: string,
): ResultView => ({
	href: hit.path,
	code: hit.code,
	headline: hit.name ?? hit.text,
	detail: hit.name === undefined ? undefined : hit.text,
	group,
});
