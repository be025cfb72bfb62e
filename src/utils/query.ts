/**
 * Search queries as people type or paste them, and the exact lookup of the
 * codes they name. Pure: the build uses it to shard the exact index and the
 * browser to read the shards, so both agree on every rule.
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

/** The least an entry needs for exact matching: its number and its group's slug. */
export interface ExactEntry {
	/** The code's number. */
	code: number;
	/** The slug of the code's group. */
	group: string;
}

/** What exact lookup found for one number of the query. */
export interface NumberMatch<T extends ExactEntry> {
	/** The number as the query wrote it. */
	query: QueryNumber;
	/** The code whose entries were found: the number typed, or its negative when the minus sign was assumed. */
	code: number;
	/** Every entry carrying `code`, the groups the query names first; empty when no entry has the number. */
	entries: T[];
	/** True when the query had no sign, no positive code has the number and the negative one does (`4002` → -4002). */
	assumedMinus: boolean;
	/** For a number typed without sign that exists both ways (`1`): the negative code's entries, shown after. */
	otherSign: T[];
}

/** A run of numbers a group owns, such as -4000 … -4999 for models. */
export interface CodeRange {
	/** The slug of the owning group. */
	group: string;
	/** The end nearest zero (-4000). */
	first: number;
	/** The end furthest from zero (-4999). */
	last: number;
}

/** The least a group needs for its ranges to be derived. */
export interface RangeSource {
	/** The group's slug. */
	slug: string;
	/** The group's type: it sets how wide a block of numbers the group owns. */
	type: 'http' | 'status' | 'general' | 'family';
	/** Every number in the group. */
	codes: readonly number[];
}

/**
 * How wide a block of numbers each type of group owns. BigML numbers each
 * resource family by thousands (-4000 models, -16000 samples), general errors
 * by hundreds (-11xx requests, -12xx resources) and HTTP statuses by class
 * (4xx, 5xx). Task statuses are a handful of small numbers: no range.
 */
const BLOCK_SIZE: Record<RangeSource['type'], number | undefined> = {
	family: 1000,
	general: 100,
	http: 100,
	status: undefined,
};

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

/** A group as hint matching needs it: the names a query may call it by. */
export interface HintSource {
	/** The slug, e.g. `linear-regression`. */
	slug: string;
	/** The group's type; `http` and `status` are named by their type. */
	type: RangeSource['type'];
	/** The singular noun of a family, e.g. `linear regression`. */
	noun?: string | undefined;
	/** The resource type of BigML ids, e.g. `linearregression`. */
	resource?: string | undefined;
}

/** The groups a query names by word, and the words that named them. */
export interface GroupHints {
	/** Slugs of the named groups, in the order the query names them. */
	groups: string[];
	/** The words used up naming groups: not searched for as text when the query has a number. */
	words: Set<string>;
}

/**
 * Finds the groups a query names, so `model -40021` lists the model error
 * before the linear regression one. A group is named by its slug, noun or
 * resource type, singular or plural; `http` and `status` by those words.
 */
export function groupHints(parsed: Pick<ParsedQuery, 'words' | 'keys'>, groups: readonly HintSource[]): GroupHints {
	const tokens = [...parsed.keys, ...parsed.words];
	const found = new Map<string, number>();
	const used = new Set<string>();
	for (const group of groups) {
		const names = new Set([group.slug.replaceAll('-', ' '), group.noun, group.resource]);
		if (group.type === 'http' || group.type === 'status') names.add(group.type);
		for (const name of names) {
			if (!name) continue;
			const phrase = name.split(' ');
			for (let i = 0; i + phrase.length <= tokens.length; i++) {
				const window = tokens.slice(i, i + phrase.length);
				const last = window.at(-1) ?? '';
				const lastWord = phrase.at(-1) ?? '';
				const same =
					window.slice(0, -1).every((word, j) => word === phrase[j]) &&
					(last === lastWord || last === `${lastWord}s` || last === `${lastWord}es`);
				if (!same) continue;
				if (!found.has(group.slug)) found.set(group.slug, i);
				window.forEach((word) => used.add(word));
			}
		}
	}
	const ordered = [...found].sort((a, b) => a[1] - b[1]).map(([slug]) => slug);
	return { groups: ordered, words: used };
}

/**
 * What full-text search should look for. A query with a number is answered
 * by exact lookup: only words that neither frame the number ("error", "HTTP")
 * nor name a group ("model") are left for full text. A query of words alone
 * keeps them all, dropping framing words only when others remain.
 */
export function fullTextQuery(parsed: ParsedQuery, hints?: GroupHints): string {
	const meaningful = parsed.words.filter((word) => !FRAME_WORDS.has(word));
	if (parsed.numbers.length > 0) return meaningful.filter((word) => !hints?.words.has(word)).join(' ');
	return (meaningful.length > 0 ? meaningful : parsed.words).join(' ');
}

/** Orders entries so the groups the query names come first, otherwise keeping catalog order. */
function byHints<T extends ExactEntry>(entries: readonly T[], preferred: readonly string[]): T[] {
	const rank = (entry: T) => {
		const at = preferred.indexOf(entry.group);
		return at === -1 ? preferred.length : at;
	};
	return entries
		.map((entry, i) => ({ entry, i }))
		.sort((a, b) => rank(a.entry) - rank(b.entry) || a.i - b.i)
		.map((x) => x.entry);
}

/**
 * Looks one number up. The sign decides: `-1` finds -1 only. A number typed
 * without sign finds the positive code first and the negative one after it
 * (`1` → 1 Queued, then -1 Faulty); with no positive code it finds the
 * negative one and says the minus sign was assumed (`4002` → -4002).
 */
export function matchNumber<T extends ExactEntry>(
	query: QueryNumber,
	lookup: (code: number) => readonly T[],
	preferred: readonly string[] = [],
): NumberMatch<T> {
	const none = { query, assumedMinus: false, otherSign: [] as T[] };
	if (query.signed || query.value === 0) {
		return { ...none, code: query.value, entries: byHints(lookup(query.value), preferred) };
	}
	const positive = lookup(query.value);
	const negative = lookup(-query.value);
	if (positive.length > 0) {
		return {
			...none,
			code: query.value,
			entries: byHints(positive, preferred),
			otherSign: byHints(negative, preferred),
		};
	}
	if (negative.length > 0) {
		return { ...none, code: -query.value, entries: byHints(negative, preferred), assumedMinus: true };
	}
	return { ...none, code: query.value, entries: [] };
}

/**
 * Derives from the catalog the runs of numbers each group owns. A group owns
 * each block (see BLOCK_SIZE) holding its most codes or at least two of them;
 * adjacent blocks merge (-1100 … -1299 for general errors). A lone code
 * outside them, like a family's -40021 next to its -4000 … -4999, owns only
 * itself, and its block may belong to another family (linear regressions).
 */
export function codeRanges(groups: readonly RangeSource[]): CodeRange[] {
	const ranges: CodeRange[] = [];
	for (const group of groups) {
		const size = BLOCK_SIZE[group.type];
		if (!size) continue;
		// Blocks are counted by sign and magnitude, so -4002 and 4002 fall in different blocks.
		const counts = new Map<string, { sign: number; block: number; count: number }>();
		for (const code of group.codes) {
			const sign = code < 0 ? -1 : 1;
			const block = Math.floor(Math.abs(code) / size);
			const key = `${sign}:${block}`;
			counts.set(key, { sign, block, count: (counts.get(key)?.count ?? 0) + 1 });
		}
		const most = Math.max(...[...counts.values()].map((b) => b.count));
		const owned = [...counts.values()]
			.filter((b) => b.count >= 2 || b.count === most)
			.sort((a, b) => a.sign - b.sign || a.block - b.block);
		let current: { sign: number; from: number; to: number } | undefined;
		const flush = () => {
			if (current)
				ranges.push({
					group: group.slug,
					first: current.sign * current.from * size,
					last: current.sign * ((current.to + 1) * size - 1),
				});
		};
		for (const { sign, block } of owned) {
			if (current && current.sign === sign && current.to + 1 === block) current.to = block;
			else {
				flush();
				current = { sign, from: block, to: block };
			}
		}
		flush();
	}
	return ranges;
}

/** The range a number falls in, if any group owns it. */
export function rangeOf(code: number, ranges: readonly CodeRange[]): CodeRange | undefined {
	const within = (r: CodeRange) =>
		code < 0 === r.last < 0 && Math.abs(code) >= Math.abs(r.first) && Math.abs(code) <= Math.abs(r.last);
	return ranges.find(within);
}

/** How many distinct numbers "nearest codes" lists. */
export const NEAREST_COUNT = 3;

/**
 * The codes numerically nearest a number, of the same sign (an error code's
 * neighbours are error codes), nearest first; every entry of each number.
 */
export function nearestCodes<T extends ExactEntry>(code: number, candidates: readonly T[], count = NEAREST_COUNT): T[] {
	const negative = code < 0;
	const numbers = [...new Set(candidates.map((c) => c.code))]
		.filter((n) => n !== code && n < 0 === negative)
		.sort((a, b) => Math.abs(a - code) - Math.abs(b - code) || Math.abs(a) - Math.abs(b))
		.slice(0, count);
	return numbers.flatMap((n) => candidates.filter((c) => c.code === n));
}

/** What to tell someone whose number is in no entry: where it would belong and what is near. */
export interface Suggestion<T extends ExactEntry> {
	/** The number suggestions are about: the one typed, or its negative when that reads as an error code. */
	code: number;
	/** The range it falls in, when a group owns one. */
	range?: CodeRange | undefined;
	/** The nearest codes of the same sign. */
	nearest: T[];
}

/**
 * Suggests a range and the nearest codes for a number no entry has. A number
 * typed without sign is read the way that fits the catalog: with the sign
 * whose range it falls in, otherwise with the sign that has the closer code
 * (`4009` reads as -4009, `7` as task status 7).
 */
export function suggest<T extends ExactEntry>(
	query: QueryNumber,
	candidates: readonly T[],
	ranges: readonly CodeRange[],
): Suggestion<T> {
	const forCode = (code: number): Suggestion<T> => ({
		code,
		range: rangeOf(code, ranges),
		nearest: nearestCodes(code, candidates),
	});
	if (query.signed || query.value === 0) return forCode(query.value);
	const positive = forCode(query.value);
	const negative = forCode(-query.value);
	if (positive.range || negative.range) return positive.range ? positive : negative;
	const gap = (s: Suggestion<T>) => Math.min(...s.nearest.map((e) => Math.abs(e.code - s.code)));
	return gap(negative) < gap(positive) ? negative : positive;
}

/** How many consecutive magnitudes one shard of the exact index covers: at most 200 numbers, both signs. */
export const SHARD_SPAN = 100;

/** The shard of the exact index a number lives in: its digits without the last two (-4002 → 40, 429 → 4). */
export function shardKey(code: number): number {
	return Math.floor(Math.abs(code) / SHARD_SPAN);
}

/**
 * The shard to read for a number: its own when it exists, else the nearest
 * lower one (whose neighbour list reaches across the gap), else the next one up.
 * `keys` must be sorted ascending.
 */
export function shardToRead(code: number, keys: readonly number[]): number | undefined {
	const key = shardKey(code);
	let below: number | undefined;
	for (const k of keys) {
		if (k === key) return k;
		if (k > key) return below ?? k;
		below = k;
	}
	return below;
}

/**
 * The shard the next digit typed after a number will need: whatever that
 * digit, it is one shard (after -400, -4000 … -4009 all live in shard 40), so
 * it can be fetched while the reader types. `undefined` when no such shard
 * exists or the number already has seven digits.
 */
export function nextShard(code: number, keys: readonly number[]): number | undefined {
	const magnitude = Math.abs(code);
	if (magnitude === 0 || magnitude >= 1_000_000) return undefined;
	const key = shardKey(magnitude * 10);
	return keys.includes(key) ? key : undefined;
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

/** Exact lookup of one number against the shard it needs, with suggestions when nothing matches. */
export interface Resolution<T extends ExactEntry> {
	/** The entries found, possibly with the sign assumed or the other sign after. */
	match: NumberMatch<T>;
	/** Where the number would belong and what is near, when no entry has it. */
	suggestion?: Suggestion<T>;
}

/**
 * Resolves one number from the shard `shardToRead` chose: its entries, and
 * the shard's neighbours for suggestions. Gives the same answer as the whole
 * catalog would (the tests check every code and the numbers around them).
 */
export function resolveNumber<T extends ExactEntry>(
	query: QueryNumber,
	shard: { entries: readonly T[]; near: readonly T[] },
	ranges: readonly CodeRange[],
	preferred: readonly string[] = [],
): Resolution<T> {
	const match = matchNumber(query, (code) => shard.entries.filter((e) => e.code === code), preferred);
	if (match.entries.length > 0) return { match };
	return { match, suggestion: suggest(query, [...shard.entries, ...shard.near], ranges) };
}

/** Common English words that say nothing about which code is meant ("cannot be cloned" is about cloning). */
const COMMON_WORDS: ReadonlySet<string> = new Set(
	(
		'a an and any are as at be been but by can cannot could did do does for from had has have in into is it its ' +
		'no not now of on or so than that the then this to too was were will with yet you your'
	).split(' '),
);

/**
 * The words of a full-text query worth searching one by one, when not every
 * code has all of them: BigML says "could not be cloned" where people type
 * "cannot be cloned". Empty for a one-word query, which has nothing to relax.
 */
export function relaxedTerms(term: string): string[] {
	const words = term.split(/\s+/).filter(Boolean);
	if (words.length < 2) return [];
	return [...new Set(words.filter((word) => word.length > 2 && !COMMON_WORDS.has(word)))];
}

/**
 * Ranks pages found by single words: rarer words weigh more (a page with
 * "cloned", which 9 codes use, above one with "model", which 8 codes and their
 * neighbours use), so the pages sharing the query's telling words come first.
 * `found` maps each word to the pages it finds, each list in relevance order.
 */
export function rankByRarity(found: ReadonlyMap<string, readonly string[]>): string[] {
	const score = new Map<string, number>();
	const firstSeen = new Map<string, number>();
	let order = 0;
	for (const pages of found.values()) {
		for (const page of pages) {
			score.set(page, (score.get(page) ?? 0) + 1 / pages.length);
			if (!firstSeen.has(page)) firstSeen.set(page, order++);
		}
	}
	return [...score.keys()].sort(
		(a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
	);
}
