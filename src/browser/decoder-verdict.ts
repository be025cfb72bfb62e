/**
 * The decoder's first line: the verdict on the paste (what failed, the code
 * that says why, whether retrying can help, who acts), from the same rules
 * as the search box (`verdictOf`), and the reading of large pastes off the
 * page's thread.
 */
import { extract, type DecodableEntry, type ExtractResult, type Finding } from '../utils/decode.ts';
import { explainInvalidJson } from '../utils/decode-explain.ts';
import type { Actor, RetryVerdict } from '../schemas/guidance.ts';
import { verdictOf, type VerdictCode } from '../utils/search/verdict.ts';

/** Pastes larger than this are read in a worker: parsing and walking a megabyte takes longer than a frame. */
const WORKER_THRESHOLD = 100_000;

let worker: Worker | undefined;
let next = 0;

/** Extracts a paste's findings, saying where a paste is not JSON: at once when small, in a worker when large. */
export function extractAsync(text: string): Promise<ExtractResult> {
	if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined')
		return Promise.resolve(extract(text, explainInvalidJson));
	worker ??= new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
	const id = ++next;
	const running = worker;
	return new Promise((resolve, reject) => {
		const onMessage = (event: MessageEvent<{ id: number; result: ExtractResult }>) => {
			if (event.data.id !== id) return;
			running.removeEventListener('message', onMessage);
			resolve(event.data.result);
		};
		running.addEventListener('message', onMessage);
		running.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
		running.postMessage({ id, text });
	});
}

/** What the verdict needs of a decoder entry. */
export interface VerdictEntry extends DecodableEntry {
	name?: string | undefined;
	kind: string;
	/** The code's page from the site's root, so links stay on whatever origin serves the decoder. */
	path: string;
}

/** Builds the verdict paragraph: labelled parts, the code that says why linked to its page. */
export function renderVerdict<E extends VerdictEntry>(
	ranked: readonly Finding<E>[],
	kinds: Record<string, { retry: RetryVerdict; actor: Actor }>,
	codeHref: (code: VerdictCode<E>) => string,
): HTMLElement | undefined {
	const verdict = verdictOf(ranked, (e) => ({
		headline: e.name ?? e.text,
		retry: kinds[e.kind]?.retry,
		actor: kinds[e.kind]?.actor,
	}));
	if (!verdict) return undefined;
	const p = document.createElement('p');
	p.className = verdict.failed ? 'verdict failed' : 'verdict';
	const part = (label: string, ...content: (Node | string)[]) => {
		const span = document.createElement('span');
		const strong = document.createElement('strong');
		strong.textContent = `${label}: `;
		span.append(strong, ...content, '.');
		if (p.childElementCount > 0) p.append(' ');
		p.append(span);
	};
	const code = (c: VerdictCode<E>) => {
		const a = document.createElement('a');
		a.href = codeHref(c);
		a.textContent = String(c.code);
		const said = c.headline
			? ` ${c.headline}`
			: c.meanings
				? `, which ${c.meanings} groups share (the paste does not say which resource)`
				: ', not in BigML’s table';
		return [a, said] as const;
	};
	part(verdict.failed ? 'Failed' : 'Nothing failed', verdict.what);
	if (verdict.why) part(verdict.failed ? 'Why' : 'Code', ...code(verdict.why));
	if (verdict.cause) part('Cause', ...code(verdict.cause));
	if (verdict.retry) part('Retry', verdict.retry);
	if (verdict.actor) part('Who acts', verdict.actor);
	return p;
}
