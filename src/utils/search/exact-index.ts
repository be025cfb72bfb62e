import type { Catalog, CatalogEntry } from '../catalog.ts';
import { codeRanges, NEAREST_COUNT, type CodeRange } from './code-ranges.ts';
import { shardKey, SHARD_SPAN } from './shards.ts';
import type { GroupType } from '../../schemas/group.ts';
import type { Actor, RetryVerdict } from '../../schemas/guidance.ts';
import type { GuidanceByKind } from '../guidance.ts';

/**
 * The exact-code index the search box reads: a small manifest, and one shard
 * per hundred magnitudes (-4002 and 4002 both live in shard 40). A query
 * fetches the manifest once and then only the shard its number needs, so no
 * download grows with the catalog and no file holds every code.
 */

/** A group as search results show it; its path and label follow from these (`groupPath`, `codeLabel`). */
export interface IndexGroup {
	/** Permanent slug, the key entries refer to. */
	slug: string;
	/** The group's type; the "group" filter selects by it. */
	type: GroupType;
	/** Plural heading, such as "Models". */
	title: string;
	/** The family's noun ("linear regression"), by which a query can name it. */
	noun?: string;
	/** The resource type of BigML ids ("linearregression"), by which a query can name it. */
	resource?: string;
}

/** One code in a shard, with short keys: shards are downloaded on every search. */
export interface IndexEntry {
	/** The number. */
	c: number;
	/** The group's slug. */
	g: string;
	/** BigML.io's text, verbatim. */
	t: string;
	/** The name BigML.io gives HTTP and task statuses. */
	n?: string;
	/** The code's kind, whose guidance the manifest's `kinds` holds in short. */
	k: string;
}

/** A kind's guidance in short: enough for a pasted response's verdict in the search box. */
export interface IndexKind {
	/** A few words naming the kind. */
	label: string;
	/** Whether retrying can help. */
	retry: RetryVerdict;
	/** Who acts. */
	actor: Actor;
}

/** What every search reads first: the groups, their ranges and which shards exist. */
export interface ExactManifest {
	/** The keys of the shards that exist, ascending (see `shardKey`). */
	shards: number[];
	/** Every group, in catalog order. */
	groups: IndexGroup[];
	/** The runs of numbers groups own, for "falls in the range of …" suggestions. */
	ranges: CodeRange[];
	/** Each kind's guidance in short, by kind (empty when the index was built without guidance). */
	kinds: Record<string, IndexKind>;
	/** Numbers no code has that some software makes up (`c`), with who (`o`): each has a page saying so. */
	notCodes: { c: number; o: string }[];
}

/** One shard: the codes whose magnitude is within its hundred, and the nearest ones outside it. */
export interface ExactShard {
	/** The shard's key: magnitudes `key * 100` to `key * 100 + 99`, both signs. */
	key: number;
	/** Every code in the shard, in catalog order. */
	entries: IndexEntry[];
	/**
	 * The codes nearest the shard on each side, for each sign (NEAREST_COUNT
	 * numbers each): enough to name the nearest codes of any number in the
	 * shard, or in the gap up to the next shard.
	 */
	near: IndexEntry[];
}

/** The exact index, as the endpoints publish it. */
export interface ExactIndex {
	/** Published as `/search/exact/manifest.json`. */
	manifest: ExactManifest;
	/** Published as `/search/exact/<key>.json`. */
	shards: Map<number, ExactShard>;
}

const toIndexEntry = (entry: CatalogEntry): IndexEntry => ({
	c: entry.code,
	g: entry.group.slug,
	t: entry.text,
	...(entry.name !== undefined && { n: entry.name }),
	k: entry.kind,
});

/**
 * The runs of numbers each group owns, from the codes in BigML's table only:
 * a code seen elsewhere (execution -8200 sits in the ensemble block) is an
 * exception to BigML's numbering, not evidence of it.
 */
export function groupRanges(catalog: Catalog): CodeRange[] {
	return codeRanges(
		catalog.groups.map((g) => ({
			slug: g.slug,
			type: g.type,
			codes: g.entries.filter((e) => e.provenance === 'documented').map((e) => e.code),
		})),
	);
}

/** Builds the manifest and every shard from the catalog, with each kind's guidance in short when given, and the numbers that only look like codes. */
export function buildExactIndex(
	catalog: Catalog,
	guidance?: GuidanceByKind,
	notCodes: readonly { number: number; origin: string }[] = [],
): ExactIndex {
	const groups: IndexGroup[] = catalog.groups.map((group) => ({
		slug: group.slug,
		type: group.type,
		title: group.title,
		...(group.noun !== undefined && { noun: group.noun }),
		...(group.resource !== undefined && { resource: group.resource }),
	}));
	const ranges = groupRanges(catalog);

	const byKey = new Map<number, CatalogEntry[]>();
	for (const entry of catalog.entries) {
		const key = shardKey(entry.code);
		byKey.set(key, [...(byKey.get(key) ?? []), entry]);
	}
	// Numbers of each sign sorted by magnitude, to find each shard's neighbours.
	const numbers = [...catalog.byNumber.keys()];
	const bySign = [numbers.filter((n) => n < 0), numbers.filter((n) => n >= 0)].map((list) =>
		list.sort((a, b) => Math.abs(a) - Math.abs(b)),
	);

	const shards = new Map<number, ExactShard>();
	for (const [key, entries] of [...byKey].sort((a, b) => a[0] - b[0])) {
		const low = key * SHARD_SPAN;
		const high = low + SHARD_SPAN - 1;
		const nearNumbers = bySign.flatMap((list) => [
			...list.filter((n) => Math.abs(n) < low).slice(-NEAREST_COUNT),
			...list.filter((n) => Math.abs(n) > high).slice(0, NEAREST_COUNT),
		]);
		const near = nearNumbers.flatMap((n) => catalog.byNumber.get(n) ?? []).map(toIndexEntry);
		shards.set(key, { key, entries: entries.map(toIndexEntry), near });
	}
	const kinds = Object.fromEntries(
		Object.entries(guidance ?? {}).map(([kind, g]) => [
			kind,
			{ label: g.label, retry: g.retry.verdict, actor: g.actor },
		]),
	);
	const lookalikes = notCodes.filter((n) => !catalog.byNumber.has(n.number)).map((n) => ({ c: n.number, o: n.origin }));
	return { manifest: { shards: [...shards.keys()], groups, ranges, kinds, notCodes: lookalikes }, shards };
}
