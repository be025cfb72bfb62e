/**
 * What every page carries for search: a few hundred bytes that wait for the
 * reader to reach for the box (focus, typing, or the `/` key) before loading
 * the search code and index. A page load costs no search bytes.
 */

import type { SearchHost } from './host.ts';

/** Whether a key press is being typed into a field, where `/` is a character and not a shortcut. */
function typingInField(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target.matches('input, textarea, select');
}

/** `<search-box>`: the header's search form, enhanced into a combobox once search is first reached for. */
export class SearchBoxElement extends HTMLElement implements SearchHost {
	/** Set when Enter is pressed before the search code arrived: it is honoured once it has. */
	pendingEnter = false;
	#loading: Promise<void> | undefined;

	connectedCallback() {
		const input = this.querySelector('input');
		if (!input) return;
		// A combobox from the start, so assistive technology knows results will follow the typing.
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		// The `/` shortcut only works with this script: its hint shows only now.
		this.querySelector('.search-key')?.removeAttribute('hidden');
		const list = document.querySelector('search-results [role="listbox"]') ?? this.querySelector('[role="listbox"]');
		if (list?.id) input.setAttribute('aria-controls', list.id);
		const load = () => this.load();
		input.addEventListener('focus', load, { once: true });
		input.addEventListener('input', load, { once: true });
		// Enter before the code arrived must not submit the form: it opens the top result once there is one.
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !this.dataset['ready']) {
				event.preventDefault();
				this.pendingEnter = true;
				load();
			}
		});
		// Example inputs (the home page) fill the box in place, as if typed; their links serve without JavaScript.
		for (const example of document.querySelectorAll<HTMLAnchorElement>('a[data-example]')) {
			example.addEventListener('click', (event) => {
				event.preventDefault();
				input.value = example.dataset['example'] ?? '';
				input.focus();
				input.dispatchEvent(new Event('input', { bubbles: true }));
			});
		}
		// The search page and the 404 page show results at once, from the URL; the home page waits like any other.
		if (document.querySelector('search-results[data-eager]')) load();
	}

	/** Loads the search code (once) and hands it this box. */
	load(): Promise<void> {
		this.#loading ??= import('./controller.ts').then(({ connectSearch }) => connectSearch(this));
		return this.#loading;
	}
}

/** Registers `<search-box>` and the `/` shortcut, once. */
export function defineSearchBox(): void {
	if (customElements.get('search-box')) return;
	customElements.define('search-box', SearchBoxElement);
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
		const input = document.querySelector<HTMLInputElement>('search-box input');
		if (!input) return;
		event.preventDefault();
		input.focus();
		input.select();
	});
}
