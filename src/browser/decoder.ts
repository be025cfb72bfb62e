import { resolveFindings, type DecodableEntry, type Finding } from '../utils/decode.ts';
import type { CatalogDocument } from '../schemas/catalog-export.ts';
import { CATALOG_JSON_PATH, inputFromHash, lookupPath, searchPath } from '../utils/paths.ts';
import { classifyInput } from '../utils/search/classify.ts';
import { rankFindings } from '../utils/search/rank.ts';
import { extractAsync, renderVerdict } from './decoder-verdict.ts';

/** A code as the decoder shows it: what `/catalog.json` says of it, with its group. */
interface Entry extends DecodableEntry {
	name?: string | undefined;
	text: string;
	kind: string;
	summary: string;
	provenance: string;
	/** The code's page from the site's root: links stay on whatever origin serves the decoder. */
	path: string;
	group: DecodableEntry['group'] & { title: string };
}

const ROLE_LABELS = { http: 'HTTP status', status: 'Task status', error: 'Error code' } as const;

/** Indexes `/catalog.json` by number, the way the decoder looks codes up. */
function indexCatalog(doc: CatalogDocument): Map<number, Entry[]> {
	const byNumber = new Map<number, Entry[]>();
	for (const g of doc.groups) {
		const group = { slug: g.slug, type: g.type, resource: g.resource, title: g.title };
		for (const c of g.codes) byNumber.set(c.code, [...(byNumber.get(c.code) ?? []), { ...c, group }]);
	}
	return byNumber;
}

/** Builds an element with text, never HTML: pasted input must not become markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function link(href: string, text: string) {
	const a = el('a', text);
	a.href = href;
	return a;
}

/** One finding as a list item: what the number is, where it sat, and what to do. */
function renderFinding(f: Finding<Entry>, doc: CatalogDocument): HTMLLIElement {
	const li = el('li', undefined, 'finding');
	const title = el('p', undefined, 'finding-title');
	title.append(`${ROLE_LABELS[f.role]} `);
	const href = f.entry?.path ?? lookupPath(f.code);
	title.append(link(href, String(f.code)));
	if (f.entry) title.append(` · ${f.entry.name ?? f.entry.text}`);
	li.append(title);
	li.append(el('p', `${f.where} (at ${f.path}${f.resource ? `, resource type ${f.resource}` : ''})`, 'finding-where'));
	if (f.entry) {
		const kind = doc.kinds[f.entry.kind as keyof CatalogDocument['kinds']];
		if (f.entry.name) li.append(el('p', f.entry.text));
		li.append(
			el(
				'p',
				`${f.entry.group.title} · ${kind.label}${f.entry.provenance === 'observed' ? ' · not in BigML’s table' : ''}`,
				'finding-meta',
			),
		);
		li.append(el('p', f.entry.summary, 'finding-summary'));
		const more = el('p');
		more.append(link(f.entry.path, `What ${f.code} means and what to do`));
		li.append(more);
	} else if (f.candidates.length > 1) {
		li.append(
			el(
				'p',
				`The number ${f.code} means different things in ${f.candidates.length} groups, and no resource id in the paste says which one applies:`,
			),
		);
		const list = el('ul');
		for (const c of f.candidates) {
			const item = el('li');
			item.append(link(c.path, `${c.group.title}: ${c.text}`));
			list.append(item);
		}
		li.append(list);
	} else {
		li.append(
			el(
				'p',
				`${f.code} is not in this catalog: BigML’s table does not list it${f.role === 'http' ? `. As an HTTP status, ${f.code >= 500 ? '5xx means the server failed; retrying later can help' : f.code >= 400 ? '4xx means the request needs changing' : 'it is not an error'}` : ''}.`,
			),
		);
	}
	return li;
}

/** How long typing must pause before the text area is decoded again; a paste decodes at once. */
const TYPING_PAUSE_MS = 400;

/** Brings the results into view when their start is below the fold, as after a paste on a phone. */
function reveal(output: HTMLElement) {
	const top = output.getBoundingClientRect().top;
	if (top < 0 || top > window.innerHeight * 0.6) {
		const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		output.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
	}
}

/** `<bigml-decoder>`: decodes the textarea's content as it is pasted or on submit, fetching `/catalog.json` on first use. */
class Decoder extends HTMLElement {
	#catalog: Promise<{ doc: CatalogDocument; byNumber: Map<number, Entry[]> }> | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		const input = this.querySelector('textarea');
		const output = this.querySelector<HTMLElement>('[data-results]');
		if (!form || !input || !output) return;
		// Browsers without the `scripting` media feature show the note until now.
		this.querySelector('[data-needs-js]')?.remove();
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#run(input.value, output, true);
		});
		// A paste (or a drop) decodes at once; typing decodes after a pause, without moving the page.
		let pause: ReturnType<typeof setTimeout> | undefined;
		input.addEventListener('input', (event) => {
			clearTimeout(pause);
			const pasted = event instanceof InputEvent && /^insertFrom(Paste|Drop)/.test(event.inputType);
			if (pasted) void this.#run(input.value, output, true);
			else pause = setTimeout(() => void this.#run(input.value, output, false), TYPING_PAUSE_MS);
		});
		// Ctrl+Enter (or Cmd+Enter) decodes without leaving the text area.
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-example]')) {
			button.addEventListener('click', () => {
				input.value = button.dataset['example'] ?? '';
				form.requestSubmit();
			});
		}
		// A paste handed over from a search box (`/decode/#input=…`): the fragment never reached the server.
		const handed = inputFromHash(location.hash);
		if (handed) {
			input.value = handed;
			void this.#run(handed, output, true);
		}
	}

	#load() {
		this.#catalog ??= fetch(CATALOG_JSON_PATH)
			.then((response) => {
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				return response.json() as Promise<CatalogDocument>;
			})
			.then((doc) => ({ doc, byNumber: indexCatalog(doc) }));
		// A failed download may succeed on the next try.
		this.#catalog.catch(() => (this.#catalog = undefined));
		return this.#catalog;
	}

	#seq = 0;

	async #run(text: string, output: HTMLElement, show: boolean) {
		const seq = ++this.#seq;
		if (!text.trim() && !show) return output.replaceChildren();
		output.replaceChildren(el('p', 'Decoding…', 'result-summary'));
		let catalog;
		try {
			catalog = await this.#load();
		} catch (error) {
			output.replaceChildren(
				el(
					'p',
					`The catalog could not be loaded (${(error as Error).message}); check the connection and try again.`,
					'result-summary error',
				),
			);
			return;
		}
		const extracted = await extractAsync(text).catch((error: Error) => ({
			ok: false as const,
			reason: 'invalid-json' as const,
			message: `The paste could not be read: ${error.message}`,
		}));
		if (seq !== this.#seq) return;
		// Words, or a code in words ("error -4002"), are not a response: the same rule as the search box searches them.
		const kind = classifyInput(text);
		if (kind === 'words' || (kind === 'number' && !extracted.ok)) {
			const p = el('p', `This reads as ${kind === 'words' ? 'words' : 'a code'}, not a response. `, 'result-summary');
			p.append(link(searchPath(text.trim()), `Search the codes for “${text.trim().slice(0, 80)}”`), '.');
			output.replaceChildren(p);
			return;
		}
		if (!extracted.ok) {
			output.replaceChildren(el('p', extracted.message, 'result-summary error'));
			return;
		}
		const result = {
			findings: rankFindings(resolveFindings(extracted.findings, (code) => catalog.byNumber.get(code) ?? [])),
			more: extracted.more,
		};
		if (result.findings.length === 0) {
			output.replaceChildren(
				el(
					'p',
					'No BigML code was found. The decoder looks for "code" next to "status", and for "status.code", "status.error" and nested causes; is this a BigML.io response?',
					'result-summary',
				),
			);
			return;
		}
		const total = result.findings.length + result.more;
		const summary = `${total} code${total === 1 ? '' : 's'}, most specific first: ${result.findings
			.slice(0, 5)
			.map((f) => `${ROLE_LABELS[f.role].replace(/^(Task|Error)/, (w) => w.toLowerCase())} ${f.code}`)
			.join(', ')}${total > 5 ? ', …' : ''}.`;
		const list = el('ol', undefined, 'findings');
		list.append(...result.findings.map((f) => renderFinding(f, catalog.doc)));
		const verdict = renderVerdict(result.findings, catalog.doc.kinds, (c) => c.entry?.path ?? lookupPath(c.code));
		const parts: HTMLElement[] = [...(verdict ? [verdict] : []), el('p', summary, 'result-summary'), list];
		if (result.more > 0) parts.push(el('p', `${result.more} more not listed: paste a smaller part to see them.`));
		output.replaceChildren(...parts);
		if (show) reveal(output);
	}
}

/** Registers `<bigml-decoder>` once. */
export function defineDecoder(): void {
	if (!customElements.get('bigml-decoder')) customElements.define('bigml-decoder', Decoder);
}
