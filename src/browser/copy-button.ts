/** How long a button shows that it copied before it reads as usual again. */
const RESET_MS = 2000;

/**
 * `<copy-button data-text data-done>`: copies `data-text` when its button is
 * clicked (defining it shows the button). With `data-from` instead, it copies
 * the text of the element with that id, so a long block of code is not sent twice.
 */
class CopyButton extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		if (!button || !status) return;
		const label = button.textContent ?? '';
		button.addEventListener('click', async () => {
			clearTimeout(this.#timer);
			try {
				// The Clipboard API needs a secure context (https or localhost); elsewhere the catch explains.
				const from = this.dataset['from'];
				const text = from ? document.getElementById(from)?.textContent : this.dataset['text'];
				await navigator.clipboard.writeText(text ?? '');
				button.textContent = '✓ Copied';
				button.dataset['state'] = 'done';
				status.textContent = this.dataset['done'] ?? 'Copied';
			} catch {
				button.textContent = 'Copy failed';
				status.textContent = 'Copying was refused by the browser; select the text and copy it instead.';
			}
			this.#timer = setTimeout(() => {
				button.textContent = label;
				delete button.dataset['state'];
				status.textContent = '';
			}, RESET_MS);
		});
	}
}

/** Registers `<copy-button>` once, however many components ask for it. */
export function defineCopyButton(): void {
	if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
}
