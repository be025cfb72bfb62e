/**
 * The results list as an ARIA combobox: which option is chosen, the popup's
 * open state, and the keys that move through it. It knows nothing of how
 * results are found; the controller fills the list and asks it what to open.
 */
import { h } from './render.ts';

/** The elements one combobox ties together. */
export interface ComboboxParts {
	input: HTMLInputElement;
	/** The element with `role="listbox"` that holds the options. */
	list: HTMLElement;
	/** The live region above the list, for sentences about the results. */
	notes: HTMLElement;
	/** The header's popup; `null` where results sit in the page (search page, 404 page). */
	popup: HTMLElement | null;
}

/** Drives the listbox of one search box: options, the chosen one, the popup and the notes. */
export class Combobox {
	readonly #parts: ComboboxParts;
	#options: HTMLElement[] = [];
	#active = -1;

	constructor(parts: ComboboxParts) {
		this.#parts = parts;
		parts.input.setAttribute('aria-controls', parts.list.id);
	}

	/** How many options are listed. */
	get size(): number {
		return this.#options.length;
	}

	/** Whether a note is shown. */
	get hasNotes(): boolean {
		return this.#parts.notes.childElementCount > 0;
	}

	/** Empties the list and the notes, and chooses nothing. */
	clear(): void {
		this.#parts.notes.replaceChildren();
		this.#parts.list.replaceChildren();
		this.#active = -1;
		this.#parts.input.removeAttribute('aria-activedescendant');
	}

	/** Adds a sentence to the live region above the results (read out by screen readers). */
	note(text: string, extra: (Node | string)[] = []): void {
		this.#parts.notes.append(h('p', {}, text, ...extra));
		this.open();
	}

	/** Takes in the options the list now holds. */
	refresh(): void {
		this.#options = [...this.#parts.list.querySelectorAll<HTMLElement>('[role="option"]')];
		this.open();
	}

	/** Opens the popup when it has something to show for a query the reader is typing. */
	open(): void {
		const { popup, input } = this.#parts;
		if (!popup) return;
		const has = this.#options.length > 0 || this.hasNotes;
		const open = has && Boolean(input.value.trim()) && document.activeElement === input;
		popup.hidden = !open;
		input.setAttribute('aria-expanded', String(open));
	}

	/** Closes the popup and chooses nothing. */
	close(): void {
		const { popup, input } = this.#parts;
		if (!popup) return;
		popup.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		this.#select(-1);
	}

	/** The link the reader chose with the arrow keys, if any. */
	chosenHref(): string | undefined {
		return this.#options[this.#active]?.getAttribute('href') ?? undefined;
	}

	/**
	 * Handles the combobox keys: arrows move through the options (the box itself
	 * sits between the last and the first), Escape closes, then un-chooses.
	 * Returns true for Enter, which the caller acts on.
	 */
	onKey(event: KeyboardEvent): boolean {
		if (event.isComposing) return false;
		const count = this.#options.length;
		switch (event.key) {
			case 'ArrowDown':
			case 'ArrowUp': {
				if (count === 0) return false;
				event.preventDefault();
				if (this.#parts.popup?.hidden) this.open();
				const step = event.key === 'ArrowDown' ? 1 : -1;
				this.#select(((this.#active + 1 + step + count + 1) % (count + 1)) - 1);
				return false;
			}
			case 'Enter':
				event.preventDefault();
				return true;
			case 'Escape':
				if (this.#parts.popup && !this.#parts.popup.hidden) {
					event.preventDefault();
					this.close();
				} else if (this.#active !== -1) {
					event.preventDefault();
					this.#select(-1);
				}
				return false;
			default:
				return false;
		}
	}

	#select(index: number) {
		const { input } = this.#parts;
		this.#options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = this.#options[index];
		if (!option) {
			input.removeAttribute('aria-activedescendant');
			return;
		}
		option.setAttribute('aria-selected', 'true');
		input.setAttribute('aria-activedescendant', option.id);
		option.scrollIntoView({ block: 'nearest' });
	}
}
