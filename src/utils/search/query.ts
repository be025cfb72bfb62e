/**
 * Reads a search query the way people type or paste it: the numbers it names
 * (with or without their sign, in any dash) and the words around them. Pure:
 * the same rules run in the browser and in unit tests.
 */

/** A number found in a query. */
export interface QueryNumber {
	/** The number as written: negative when typed with a minus sign (ASCII, Unicode, en or em dash). */
	value: number;
	/** Whether the query wrote a sign before the digits; `4002` has none, `-4002` and `+429` do. */
	signed: boolean;
}

/** A query taken apart: the numbers it names and the words around them. */
export interface ParsedQuery {
	/** The numbers, in the order typed (a pasted JSON body can hold an HTTP status and an error code). */
	numbers: QueryNumber[];
	/** The other words, lowercased, without JSON keys and punctuation. */
	words: string[];
	/** The keys of pasted JSON (`"status": {"code": …}` gives `status`, `code`): hints, never searched for. */
	keys: string[];
}

/** Words that frame a number without changing it: "error -1201", "HTTP 429", "status code: -1". */
export const FRAME_WORDS: ReadonlySet<string> = new Set([
	'bigml',
	'bigml.io',
	'code',
	'codes',
	'err',
	'error',
	'errors',
	'http',
	'https',
	'number',
	'status',
	'statuses',
]);

/** Dashes people and word processors put where a minus sign belongs: ‐ ‑ ‒ – — ― − ﹘ ﹣ －. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** `HTTP/1.1` and `HTTP/2` in a pasted status line: the version is not a code. */
const PROTOCOL = /\bhttps?\/\d+(?:\.\d+)?/g;
/** A JSON or log key before its value: `"code":`, `'status' :`, `code=`. */
const KEY = /["'`\u201C\u201D\u2018\u2019]?([a-z_][\w-]*)["'`\u201C\u201D\u2018\u2019]?\s*[:=]/g;
/** A BigML resource id (`timeseries/5f3a…`, `public/model/5af0…`): its type names a group, the rest is no word to search. */
const RESOURCE_ID = /(?<![\p{L}\p{N}/])(?:(?:public|shared)\/)?([a-z][a-z0-9]*)\/[\p{L}\p{N}.…]+/gu;
/** Everything that is neither part of a word, a number nor a sign. */
const PUNCTUATION = /[^\p{L}\p{N}\s.+-]+/gu;
/** A framing word glued to the digits it frames: `error4002`, `http429`. */
const GLUED_FRAME = /(?<![\p{L}\p{N}])(code|err|error|http|status)(\d)/gu;
/** The whole of a token that is a code: an optional sign and up to seven digits (BigML codes have at most seven). */
const NUMBER_TOKEN = /^([+-]?)0*(\d{1,7})$/;

/** Most numbers a query is looked up for: a pasted body rarely holds more than an HTTP status and an error code. */
export const MAX_QUERY_NUMBERS = 4;

/** Takes a query apart into the numbers it names and its other words; see the tests for every form it reads. */
export function parseQuery(raw: string): ParsedQuery {
	const keys: string[] = [];
	const text = raw
		.normalize('NFKC')
		.toLowerCase()
		.replace(DASHES, '-')
		.replace(PROTOCOL, 'http ')
		.replace(KEY, (_, key: string) => {
			keys.push(key);
			return ' ';
		})
		.replace(RESOURCE_ID, '$1')
		.replace(PUNCTUATION, ' ')
		// A sign parted from its digits ("- 4002") or glued to a word ("error-4002") is still the sign, and a
		// framing word glued to digits ("http429") frames them; letters glued to digits otherwise (ids) stay a word.
		.replace(/(^|\s)([+-])\s+(?=\d)/g, '$1$2')
		.replace(/(\p{L})([+-]\d)/gu, '$1 $2')
		.replace(GLUED_FRAME, '$1 $2');
	const numbers: QueryNumber[] = [];
	const words: string[] = [];
	for (const token of text.split(/\s+/)) {
		const match = NUMBER_TOKEN.exec(token.replace(/\.+$/, ''));
		if (match) {
			const [, sign = '', digits = ''] = match;
			const magnitude = Number(digits);
			if (numbers.length < MAX_QUERY_NUMBERS)
				numbers.push({ value: sign === '-' && magnitude !== 0 ? -magnitude : magnitude, signed: sign !== '' });
			continue;
		}
		// Trailing dots and lone signs are sentence punctuation; a dot inside a word ("bigml.io") is kept.
		const word = token.replace(/^[.+-]+|[.+-]+$/g, '');
		if (word) words.push(word);
	}
	return { numbers, words, keys };
}

/**
 * The query a missing URL stands for, to prefill the 404 page's search:
 * `/errors/model/-4009/` → `-4009`, `/codes/%E2%88%922020/` → `-2020`,
 * `/errors/modle/` → `modle`.
 */
export function queryFromPath(pathname: string): string {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed escape is kept as typed: still worth searching for.
	}
	const segments = path.split('/').filter(Boolean);
	for (const segment of [...segments].reverse()) {
		const [number] = parseQuery(segment).numbers;
		if (number) return String(number.value);
	}
	return (segments.at(-1) ?? '').replace(/[-_+.]+/g, ' ').trim();
}
