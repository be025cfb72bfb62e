/**
 * Exact lookup of one number: the sign decides, a missing minus sign is
 * assumed where only the negative code exists, and groups the query names
 * come first. Pure: shared by the build's tests and the browser.
 */
import type { QueryNumber } from './query.ts';

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
