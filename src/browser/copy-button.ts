import { isTicketFormat, ticketClipboard, TICKET_FORMAT_LABELS, type TicketFormat } from '../utils/ticket.ts';

/** How long a button shows that it copied before it reads as usual again. */
const RESET_MS = 2000;

/** Where the chosen ticket format is remembered, for every code page of the site. */
const FORMAT_KEY = 'bigml-codes:ticket-format';

/**
 * The page's address to copy: on the public origin the build was given
 * (`data-origin`), else on the origin the page was opened at, so a copy of the
 * site served elsewhere (another port, a preview deploy, a mirror) hands out
 * its own links.
 */
export function pageAddress(el: HTMLElement): string {
	return new URL(el.dataset['path'] ?? location.pathname, el.dataset['origin'] ?? location.origin).href;
}

/** The remembered ticket format; storage may be refused (private windows, blocked cookies). */
function rememberedFormat(): TicketFormat | undefined {
	try {
		const value = localStorage.getItem(FORMAT_KEY);
		return isTicketFormat(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

function remember(format: string): void {
	try {
		localStorage.setItem(FORMAT_KEY, format);
	} catch {
		// Not remembered: the choice still applies on this page.
	}
}

/**
 * Puts every type at once on the clipboard: the editor pasted into picks the
 * richest it reads. The Clipboard API needs a secure context (https, or
 * localhost); elsewhere it is missing, and the caller says copying failed.
 */
async function writeClipboard(types: Record<string, string>): Promise<void> {
	if (types['text/html'] !== undefined) {
		const blobs = Object.entries(types).map(([type, text]) => [type, new Blob([text], { type })]);
		await navigator.clipboard.write([new ClipboardItem(Object.fromEntries(blobs))]);
	} else await navigator.clipboard.writeText(types['text/plain'] ?? '');
}

/**
 * `<copy-button data-copy="link|ticket|text" …>`: copies the
 * page's link, or a ticket snippet in the format its `<select>` names
 * (remembered across pages); defining it shows it.
 */
class CopyButton extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		const select = this.querySelector('select');
		if (!button || !status) return;
		const label = button.textContent ?? '';
		if (select) {
			select.value = rememberedFormat() ?? select.value;
			select.addEventListener('change', () => remember(select.value));
		}
		button.addEventListener('click', async () => {
			clearTimeout(this.#timer);
			const { types, done } = this.#content(select?.value);
			try {
				await writeClipboard(types);
				button.textContent = '✓ Copied';
				button.dataset['state'] = 'done';
				status.textContent = done;
			} catch {
				button.textContent = 'Copy failed';
				status.textContent = `Copying was refused by the browser; select ${
					this.dataset['copy'] === 'text' ? 'the text' : 'the permanent link below'
				} and copy it instead.`;
			}
			this.#timer = setTimeout(() => {
				button.textContent = label;
				delete button.dataset['state'];
				status.textContent = '';
			}, RESET_MS);
		});
	}

	/** What a click copies, by MIME type, and what is announced once it is copied. */
	#content(chosen: string | undefined): { types: Record<string, string>; done: string } {
		const data = this.dataset;
		if (data['copy'] === 'text') {
			const text = document.getElementById(data['from'] ?? '')?.textContent ?? '';
			return { types: { 'text/plain': text }, done: data['done'] ?? 'Copied' };
		}
		const url = pageAddress(this);
		if (data['copy'] !== 'ticket') return { types: { 'text/plain': url }, done: data['done'] ?? 'Copied' };
		const format = isTicketFormat(chosen) ? chosen : 'rich';
		const facts = {
			code: Number(data['code']),
			headline: data['headline'] ?? '',
			label: data['label'] ?? '',
			advice: data['advice'] ?? '',
			url,
		};
		return { types: ticketClipboard(format, facts), done: TICKET_FORMAT_LABELS[format].done };
	}
}

/**
 * `<page-origin>`: the origin part of a permanent link shown on a page built
 * without a public origin; it shows the origin the page was opened at.
 */
class PageOrigin extends HTMLElement {
	connectedCallback() {
		this.textContent = location.origin;
	}
}

/** Registers `<copy-button>` and `<page-origin>` once, however many components ask for them. */
export function defineCopyButton(): void {
	if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
	if (!customElements.get('page-origin')) customElements.define('page-origin', PageOrigin);
}
