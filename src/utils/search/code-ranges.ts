/**
 * The runs of numbers each group owns under BigML's numbering, and what to
 * suggest for a number no code has: its range and the nearest codes.
 */
import type { ExactEntry } from './number-match.ts';
import type { QueryNumber } from './query.ts';

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
	// Candidates read from several shards may list a code twice (one shard's entry, another's neighbour).
	const seen = new Set<string>();
	return numbers.flatMap((n) =>
		candidates.filter((c) => {
			const key = `${c.group}/${c.code}`;
			if (c.code !== n || seen.has(key)) return false;
			seen.add(key);
			return true;
		}),
	);
}

/** What to tell someone whose number is in no entry: where it would belong and what is near. */
export interface Suggestion<T extends ExactEntry> {
	/** The number suggestions are about: the one typed, or its negative when that reads as an error code. */
	code: number;
	/** The range it falls in, when a group owns one. */
	range?: CodeRange | undefined;
	/** The nearest codes of the same sign: of the range's own group when the number falls in a range. */
	nearest: T[];
}

/**
 * Suggests a range and the nearest codes for a number no entry has: within
 * a range, the nearest codes of the group that owns it. A number
 * typed without sign is read the way that fits the catalog: with the sign
 * whose range it falls in, otherwise with the sign that has the closer code
 * (`4009` reads as -4009, `7` as task status 7).
 */
export function suggest<T extends ExactEntry>(
	query: QueryNumber,
	candidates: readonly T[],
	ranges: readonly CodeRange[],
): Suggestion<T> {
	const forCode = (code: number): Suggestion<T> => {
		const range = rangeOf(code, ranges);
		// Within a family's range, its own codes are the near ones: -9999 sits among dataset exports, not clusters.
		const own = range ? candidates.filter((c) => c.group === range.group && rangeOf(c.code, [range])) : [];
		return { code, range, nearest: nearestCodes(code, own.length > 0 ? own : candidates) };
	};
	if (query.signed || query.value === 0) return forCode(query.value);
	const positive = forCode(query.value);
	const negative = forCode(-query.value);
	if (positive.range || negative.range) return positive.range ? positive : negative;
	const gap = (s: Suggestion<T>) => Math.min(...s.nearest.map((e) => Math.abs(e.code - s.code)));
	return gap(negative) < gap(positive) ? negative : positive;
}
