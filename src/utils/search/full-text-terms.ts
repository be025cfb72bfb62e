/**
 * What full-text search looks for: the words of a query that neither frame a
 * number nor name a group, relaxed word by word when no page has them all.
 */
import type { GroupHints } from './group-hints.ts';
import { FRAME_WORDS, type ParsedQuery } from './query.ts';

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
