/**
 * Resolves one number of a query against the shard of the exact index that
 * holds it: its entries, or a range and the nearest codes when none has it.
 */
import { suggest, type CodeRange, type Suggestion } from './code-ranges.ts';
import { matchNumber, type ExactEntry, type NumberMatch } from './number-match.ts';
import type { QueryNumber } from './query.ts';

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
