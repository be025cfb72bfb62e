/**
 * The words search knows: every word of the catalog's texts, to catch a typo
 * ("cannnot" → "cannot"), and the words people use for a kind of code
 * ("rate limit", "stuck"), written once per kind in `data/guidance/`. The
 * build publishes them as one small file; the browser reads it with the
 * first word typed. Pure: the same rules at build time, in tests and in the browser.
 */
import { distance } from 'fastest-levenshtein';

/** What `/search/words.json` holds. */
export interface Lexicon {
	/** Every word of the catalog's texts, names and group names, and of the meanings' phrases, sorted. */
	words: string[];
	/** Each phrase people use, with the kinds of code it stands for. */
	meanings: { phrase: string; kinds: string[] }[];
	/** The kinds resource families have: their codes are narrowed to a family the query names. */
	familyKinds: string[];
}

/** The words of a text as search compares them: lowercase runs of letters (and digits after a letter). */
export function tokens(text: string): string[] {
	return text.toLowerCase().match(/\p{L}[\p{L}\p{N}']*/gu) ?? [];
}

/** Endings a word may take and still be the same word ("limit", "limits", "limited"). */
const INFLECTIONS = ['', 's', 'es', 'ed', 'd', 'ing', 'er'];

/** Whether `word` is `base` or `base` with an ending ("retries" for "retry", "throttled" for "throttle"). */
export function sameWord(word: string, base: string): boolean {
	if (word === base) return true;
	const stems = [
		base,
		base.endsWith('y') ? `${base.slice(0, -1)}i` : base,
		base.endsWith('e') ? base.slice(0, -1) : base,
	];
	return stems.some((stem) => INFLECTIONS.some((end) => end && word === `${stem}${end}`));
}

/**
 * Whether a text has every word of a query as a whole word, give or take an
 * ending: "retry" is in "retrying", not in "retrieved" (which full-text
 * search also finds, by stem). What a heading may claim of a result.
 */
export function hasWords(text: string, query: readonly string[]): boolean {
	const own = tokens(text);
	return query.every((q) => own.some((w) => sameWord(w, q) || sameWord(q, w)));
}

/** Builds the lexicon from the catalog's texts and each kind's phrases. */
export function buildLexicon(
	texts: readonly string[],
	phrasesByKind: ReadonlyMap<string, readonly string[]>,
	familyKinds: readonly string[],
): Lexicon {
	const byPhrase = new Map<string, string[]>();
	for (const [kind, phrases] of phrasesByKind)
		for (const phrase of phrases) byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), kind]);
	const words = new Set([...texts, ...byPhrase.keys()].flatMap(tokens).filter((w) => w.length > 1));
	return {
		words: [...words].sort(),
		meanings: [...byPhrase].sort(([a], [b]) => a.localeCompare(b)).map(([phrase, kinds]) => ({ phrase, kinds })),
		familyKinds: [...familyKinds],
	};
}

/** The phrases of the lexicon a query says, and the kinds they stand for. */
export interface Meaning {
	/** The phrases found, in the order the lexicon lists them. */
	phrases: string[];
	/** The kinds they stand for, each once. */
	kinds: string[];
}

/**
 * The lexicon's phrases a query's words say, each word of a phrase give or
 * take an ending ("rate limits", "throttling"); longer phrases first, and a
 * word used by one phrase is not used again ("too many requests" is not also "requests").
 */
export function meaningsOf(words: readonly string[], lexicon: Pick<Lexicon, 'meanings'>): Meaning {
	const used = new Set<number>();
	const found: { phrase: string; kinds: string[] }[] = [];
	const phrases = [...lexicon.meanings].sort((a, b) => tokens(b.phrase).length - tokens(a.phrase).length);
	for (const meaning of phrases) {
		const parts = tokens(meaning.phrase);
		for (let i = 0; i + parts.length <= words.length; i++) {
			const span = parts.map((_, j) => i + j);
			if (span.some((k) => used.has(k))) continue;
			if (!parts.every((part, j) => sameWord(words[i + j] ?? '', part))) continue;
			span.forEach((k) => used.add(k));
			found.push(meaning);
			break;
		}
	}
	return { phrases: found.map((m) => m.phrase), kinds: [...new Set(found.flatMap((m) => m.kinds))] };
}

/** Whether two words differ by one swap of neighbouring letters ("craeted", "created"). */
function swapped(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const at = [...a].findIndex((c, i) => c !== b[i]);
	return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Slips between a typed word and a known one: edits, a swap of neighbours counting as one. */
export function slips(typed: string, known: string): number {
	const edits = distance(typed, known);
	return edits === 2 && swapped(typed, known) ? 1 : edits;
}

/** How far a typed word may be from a known one to be taken for it: one slip, two in long words. */
const maxSlips = (word: string) => (word.length < 9 ? 1 : 2);

/**
 * The query with each unknown word replaced by the nearest known one
 * ("cannnot be created" → "cannot be created"), or `undefined` when every
 * word is known or nothing near enough is. The last word may be a word still
 * being typed: a known word's start is not a typo. Among equally near words,
 * the longest shared start wins ("craeted" → "created", not "crashed").
 */
export function didYouMean(words: readonly string[], lexicon: Pick<Lexicon, 'words'>): string | undefined {
	const known = new Set(lexicon.words);
	let changed = false;
	const fixed = words.map((word, i) => {
		const last = i === words.length - 1;
		if (word.length < 3 || /\d/.test(word) || known.has(word)) return word;
		if (lexicon.words.some((k) => sameWord(word, k) || (last && k.startsWith(word)))) return word;
		const shared = (k: string) => [...k].findIndex((c, j) => c !== word[j]);
		let best: { word: string; slips: number; shared: number } | undefined;
		for (const k of lexicon.words) {
			const n = slips(word, k);
			if (n > maxSlips(word)) continue;
			const start = shared(k) === -1 ? k.length : shared(k);
			if (!best || n < best.slips || (n === best.slips && start > best.shared))
				best = { word: k, slips: n, shared: start };
		}
		if (!best) return word;
		changed = true;
		return best.word;
	});
	return changed ? fixed.join(' ') : undefined;
}
