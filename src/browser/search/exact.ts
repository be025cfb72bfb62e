import { codeLabel } from '../../utils/catalog.ts';
import { EXACT_MANIFEST_PATH, exactShardPath, groupPath } from '../../utils/paths.ts';
import { groupHints, type GroupHints } from '../../utils/search/group-hints.ts';
import { nextShard, shardKey, shardsOfRange, shardToRead } from '../../utils/search/shards.ts';
import { resolveNumber, type Resolution } from '../../utils/search/resolve.ts';
import type { CodeRange } from '../../utils/search/code-ranges.ts';
import type { ParsedQuery } from '../../utils/search/query.ts';
import {
	type ExactManifest,
	type ExactShard,
	type IndexEntry,
	type IndexGroup,
	type IndexKind,
} from '../../utils/search/exact-index.ts';

/** A group with what results need of it: its page and what kind of code it holds. */
export interface HitGroup extends IndexGroup {
	/** The group's page, such as `/errors/model/`. */
	path: string;
	/** What kind of code the group holds, such as "model error". */
	label: string;
}

/** A code as results show it: number, group, text and page. */
export interface Hit {
	/** The number. */
	code: number;
	/** The group's slug (what exact matching compares). */
	group: string;
	/** The group, for its title and label. */
	info: HitGroup;
	/** The name BigML.io gives statuses ("Faulty"). */
	name?: string | undefined;
	/** BigML.io's text. */
	text: string;
	/** The code's kind, whose guidance in short the manifest holds. */
	kind: string;
	/** The code's permanent page. */
	path: string;
}

/** The manifest, read into lookups. */
export interface Manifest {
	shards: number[];
	groups: Map<string, HitGroup>;
	ranges: CodeRange[];
	kinds: Record<string, IndexKind>;
	notCodes: Map<number, string>;
}

/** What exact lookup found for a whole query. */
export interface ExactResults {
	/** One resolution per number in the query, in order. */
	resolutions: Resolution<Hit>[];
	/** The groups the query named, and the words that named them. */
	hints: GroupHints;
	/** Every group, by slug, to name ranges. */
	groups: Map<string, HitGroup>;
	/** Numbers no code has that some software makes up, with who makes them up. */
	notCodes: Map<number, string>;
}

let manifest: Promise<Manifest> | undefined;
const shards = new Map<number, Promise<{ entries: Hit[]; near: Hit[] }>>();

async function fetchJson<T>(path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok)
		throw new Error(`${path} answered ${response.status}: the search index is missing; rebuild the site.`);
	return (await response.json()) as T;
}

/** Reads the manifest once; called as soon as the reader reaches for search. */
export function loadManifest(): Promise<Manifest> {
	manifest ??= fetchJson<ExactManifest>(EXACT_MANIFEST_PATH).then((m) => ({
		shards: m.shards,
		groups: new Map(m.groups.map((g) => [g.slug, { ...g, path: groupPath(g), label: codeLabel(g) }])),
		ranges: m.ranges,
		kinds: m.kinds,
		notCodes: new Map((m.notCodes ?? []).map((n) => [n.c, n.o])),
	}));
	manifest.catch(() => (manifest = undefined));
	return manifest;
}

/** Reads the manifest and the shard of the smallest numbers (statuses, the first digit typed). */
export async function warmExact(): Promise<void> {
	const { shards: keys, groups } = await loadManifest();
	const first = shardToRead(0, keys);
	if (first !== undefined) await loadShard(first, groups);
}

function loadShard(key: number, groups: Map<string, HitGroup>) {
	let shard = shards.get(key);
	if (!shard) {
		const toHit = (e: IndexEntry): Hit => {
			const info = groups.get(e.g);
			if (!info) throw new Error(`Shard ${key} names group "${e.g}", which the manifest lacks: rebuild the site.`);
			return { code: e.c, group: e.g, info, name: e.n, text: e.t, kind: e.k, path: `${info.path}${e.c}/` };
		};
		shard = fetchJson<ExactShard>(exactShardPath(key)).then((s) => ({
			entries: s.entries.map(toHit),
			near: s.near.map(toHit),
		}));
		shard.catch(() => shards.delete(key));
		shards.set(key, shard);
	}
	return shard;
}

/** Every entry of a shard and its neighbours, from several shards read together. */
const merged = (parts: readonly { entries: Hit[]; near: Hit[] }[]) => ({
	entries: parts.flatMap((p) => p.entries),
	near: parts.flatMap((p) => p.near),
});

/**
 * Looks up every number of a query, each from the one shard it needs; a
 * number no code has also reads the shards of the range it falls in, to name
 * that family's nearest codes.
 */
export async function lookupExact(parsed: ParsedQuery): Promise<ExactResults> {
	const { shards: keys, groups, ranges, notCodes } = await loadManifest();
	const hints = groupHints(parsed, [...groups.values()]);
	const resolutions = await Promise.all(
		parsed.numbers.map(async (number) => {
			const next = nextShard(number.value, keys);
			if (next !== undefined) loadShard(next, groups).catch(() => undefined);
			const key = shardToRead(number.value, keys);
			const shard = key === undefined ? { entries: [], near: [] } : await loadShard(key, groups);
			const resolution = resolveNumber(number, shard, ranges, hints.groups);
			const range = resolution.suggestion?.range;
			const more = range ? shardsOfRange(range, keys).filter((k) => k !== key) : [];
			if (more.length === 0) return resolution;
			const parts = await Promise.all(more.map((k) => loadShard(k, groups)));
			return resolveNumber(number, merged([shard, ...parts]), ranges, hints.groups);
		}),
	);
	return { resolutions, hints, groups, notCodes };
}

/** The entries of each number, read from the shards that hold them: what a pasted response's findings are looked up in. */
export async function lookupCodes(codes: readonly number[]): Promise<Map<number, Hit[]>> {
	const { shards: keys, groups } = await loadManifest();
	const wanted = [...new Set(codes.map(shardKey))].filter((k) => keys.includes(k));
	const parts = await Promise.all(wanted.map((k) => loadShard(k, groups)));
	const byNumber = new Map<number, Hit[]>();
	for (const hit of parts.flatMap((p) => p.entries))
		if (codes.includes(hit.code)) byNumber.set(hit.code, [...(byNumber.get(hit.code) ?? []), hit]);
	return byNumber;
}
