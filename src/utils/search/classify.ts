/**
 * What an input is, which decides what happens to it: a pasted BigML
 * response is decoded, a number looked up exactly, words searched. The same
 * rule in the header box, the home field, `/search/` and `/decode/`.
 */
import { extract, STATUS_LINE, type RawFinding } from '../decode.ts';
import { parseQuery, type ParsedQuery } from './query.ts';

/** The kinds of input a lookup tells apart. */
export type InputKind = 'empty' | 'response' | 'number' | 'words';

/**
 * A response's shape: JSON or a Python dict (`{…`, `[{…`), or an HTTP
 * response with its status line. `{"status": {"code": -1201}}` is one too:
 * decoding it finds -1201, as a number search would.
 */
export function looksLikeResponse(raw: string): boolean {
	const text = raw.trim();
	return STATUS_LINE.test(text) || text.startsWith('{') || /^\[\s*[{[]/.test(text);
}

/**
 * Classifies an input: `response` for what looks like a BigML response,
 * `number` when it names a number, `words` otherwise. A response the decoder
 * cannot read (cut short while typing) is then searched for its numbers and
 * words, as the search box does (see `readInput`).
 */
export function classifyInput(raw: string): InputKind {
	if (!raw.trim()) return 'empty';
	if (looksLikeResponse(raw)) return 'response';
	return parseQuery(raw).numbers.length > 0 ? 'number' : 'words';
}

/** An input, read: a response's findings, or a query's numbers and words. */
export type ReadInput =
	| { kind: 'empty' }
	| {
			kind: 'response';
			/** The codes the response holds, in document order (rank them with `rankFindings`). */
			findings: RawFinding[];
			/** How many were left out past the decoder's limit. */
			more: number;
	  }
	| { kind: 'number' | 'words'; parsed: ParsedQuery };

/**
 * Reads an input the one way every lookup does: a response is decoded into
 * its findings; a response the decoder cannot read or that holds no code
 * (a body cut short while typing) is read as a query, numbers and words.
 */
export function readInput(raw: string): ReadInput {
	const kind = classifyInput(raw);
	if (kind === 'empty') return { kind };
	if (kind === 'response') {
		const result = extract(raw);
		if (result.ok && result.findings.length > 0) return { kind, findings: result.findings, more: result.more };
	}
	const parsed = parseQuery(raw);
	return { kind: parsed.numbers.length > 0 ? 'number' : 'words', parsed };
}
