/** Where the reader's choice of language is kept, so every recipe on every page opens in it. */
const STORAGE_KEY = 'bigml-codes:recipe-language';

/** Fired on the document when a reader picks a language, so every switch on the page follows. */
const CHANGE_EVENT = 'recipe-language-change';

/** The stored choice, or none when storage is empty or refused (private modes, blocked cookies). */
function storedLanguage(): string | undefined {
	try {
		return localStorage.getItem(STORAGE_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * `<language-switch>`: one panel per language (`[data-panel]`, the one shown
 * marked `data-shown`) and one button per language (`[data-pick]`, with
 * `aria-pressed`). Without
 * JavaScript every panel shows, one after the other; with it, only the chosen
 * one does, and the choice is remembered for the next recipe and the next page.
 * Each panel keeps its own height; the switch stays where it is when the reader uses it.
 */
class LanguageSwitch extends HTMLElement {
	#onChange = (event: Event) => this.#show((event as CustomEvent<string>).detail);
	#onStorage = (event: StorageEvent) => {
		if (event.key === STORAGE_KEY && event.newValue) this.#show(event.newValue);
	};

	connectedCallback() {
		const stored = storedLanguage();
		if (stored) this.#show(stored);
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-pick]')) {
			button.addEventListener('click', () => this.#pick(button.dataset['pick']!));
		}
		document.addEventListener(CHANGE_EVENT, this.#onChange);
		window.addEventListener('storage', this.#onStorage);
	}

	disconnectedCallback() {
		document.removeEventListener(CHANGE_EVENT, this.#onChange);
		window.removeEventListener('storage', this.#onStorage);
	}

	#pick(language: string) {
		try {
			localStorage.setItem(STORAGE_KEY, language);
		} catch {
			// Storage refused: the choice still holds on this page.
		}
		document.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: language }));
	}

	/** Shows one language's panel; a language this switch does not offer changes nothing. */
	#show(language: string) {
		if (!this.querySelector(`[data-panel="${CSS.escape(language)}"]`)) return;
		for (const panel of this.querySelectorAll<HTMLElement>('[data-panel]')) {
			panel.toggleAttribute('data-shown', panel.dataset['panel'] === language);
		}
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-pick]')) {
			button.setAttribute('aria-pressed', String(button.dataset['pick'] === language));
		}
	}
}

/** Registers `<language-switch>` once, however many recipes a page shows. */
export function defineLanguageSwitch(): void {
	if (!customElements.get('language-switch')) customElements.define('language-switch', LanguageSwitch);
}
