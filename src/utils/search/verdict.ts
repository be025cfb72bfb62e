/**
 * The first line a reader sees for a pasted response: what failed, the code
 * that says why, whether retrying can help and who acts. Built from the
 * findings ranked most specific first (`rankFindings`); the search box and
 * the decoder show the same verdict.
 */
import type { Actor, RetryVerdict } from '../../schemas/guidance.ts';
import type { DecodableEntry, Finding } from '../decode.ts';
import { ACTOR_LABELS, RETRY_LABELS } from '../guidance.ts';

/** What a verdict needs of an entry: its headline and the guidance of its kind. */
export interface VerdictView {
	/** The name where BigML gives one ("Faulty"), else the text. */
	headline: string;
	/** Retry verdict of the entry's kind, when known. */
	retry?: RetryVerdict | undefined;
	/** Who acts, for the entry's kind, when known. */
	actor?: Actor | undefined;
}

/** What each role of number is called. */
export const ROLE_LABELS = { http: 'HTTP status', status: 'Task status', error: 'Error code' } as const;

/** A code the verdict names, with the entry it is (when the paste settles one). */
export interface VerdictCode<E> {
	code: number;
	headline?: string | undefined;
	entry?: E | undefined;
	/** How many groups share the number, when nothing in the paste says which one applies. */
	meanings?: number | undefined;
}

/** The verdict on a pasted response. */
export interface Verdict<E> {
	/** Whether the response reports a failure (an error code, a faulty status or an HTTP error). */
	failed: boolean;
	/** What failed or what the response is about: "the request (HTTP 400 Bad Request)", "the source resource". */
	what: string;
	/** The code that says why, most specific first. */
	why?: VerdictCode<E> | undefined;
	/** The nested cause under it, when a script's inner request failed. */
	cause?: VerdictCode<E> | undefined;
	/** Whether retrying can help, as a page says it ("Only after a change"). */
	retry?: string | undefined;
	/** Who acts, as a page says it. */
	actor?: string | undefined;
}

const isFailure = (f: Finding<DecodableEntry>) =>
	f.role === 'error' || (f.role === 'status' && f.code < 0) || (f.role === 'http' && f.code >= 400);

/**
 * The verdict on ranked findings (most specific first); `undefined` when there
 * are none. `view` reads an entry's headline and its kind's guidance.
 */
export function verdictOf<E extends DecodableEntry>(
	ranked: readonly Finding<E>[],
	view: (entry: E) => VerdictView,
): Verdict<E> | undefined {
	const [top] = ranked;
	if (!top) return undefined;
	const failed = ranked.some(isFailure);
	const http = ranked.find((f) => f.position === 'http-status');
	const status = ranked.find((f) => f.role === 'status');
	const resource = top.resource ?? status?.resource;
	const named = (f: Finding<E> | undefined) =>
		f?.entry ? `${f.code} ${view(f.entry).headline}` : f ? String(f.code) : undefined;
	const what = resource
		? `the ${resource} resource${status ? ` (task status ${named(status)})` : ''}`
		: `the request${http ? ` (HTTP ${named(http)})` : ''}`;
	const code = (f: Finding<E>): VerdictCode<E> => ({
		code: f.code,
		headline: f.entry ? view(f.entry).headline : undefined,
		entry: f.entry,
		meanings: !f.entry && f.candidates.length > 1 ? f.candidates.length : undefined,
	});
	const cause = top.position === 'resource-error' ? ranked.find((f) => f.position === 'cause-error') : undefined;
	// Retry and who acts follow the code that says why; a settled cause knows better than a generic script error.
	const guide = top.entry ? view(top.entry) : undefined;
	return {
		failed,
		what,
		why: code(top),
		...(cause && { cause: code(cause) }),
		...(guide?.retry && { retry: RETRY_LABELS[guide.retry] }),
		...(guide?.actor && { actor: ACTOR_LABELS[guide.actor] }),
	};
}

/** The verdict as one plain sentence, for a screen reader's live region and for tests. */
export function verdictText(verdict: Verdict<unknown>): string {
	const said = (c: VerdictCode<unknown>) =>
		c.headline
			? `${c.code} ${c.headline}`
			: c.meanings
				? `${c.code}, which ${c.meanings} groups share: the resource type says which`
				: `${c.code}, which this catalog does not list`;
	const parts = [
		verdict.failed ? `Failed: ${verdict.what}.` : `Nothing failed: ${verdict.what}.`,
		verdict.why && `${verdict.failed ? 'Why' : 'Code'}: ${said(verdict.why)}.`,
		verdict.cause && `Cause: ${said(verdict.cause)}.`,
		verdict.retry && `Retry: ${verdict.retry}.`,
		verdict.actor && `Who acts: ${verdict.actor}.`,
	];
	return parts.filter(Boolean).join(' ');
}
