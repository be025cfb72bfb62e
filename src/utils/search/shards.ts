/**
 * How the exact index is cut into shards of a hundred magnitudes, so a search
 * downloads only the shard its number needs. The build writes shards with
 * these rules and the browser reads them with the same ones.
 */

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
 * The shards that hold a range's codes (`keys` ascending): a family's range
 * of a thousand numbers spans ten shards, of which a real catalog fills one.
 * Read to name the nearest codes of the family a missing number falls in.
 */
export function shardsOfRange(range: { first: number; last: number }, keys: readonly number[]): number[] {
	const [low, high] = [shardKey(range.first), shardKey(range.last)].sort((a, b) => a - b) as [number, number];
	return keys.filter((k) => k >= low && k <= high);
}
