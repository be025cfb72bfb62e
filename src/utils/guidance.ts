import type { Actor, Guidance, RetryVerdict } from '../schemas/guidance.ts';
import type { Kind } from '../schemas/kind.ts';
import type { CatalogEntry } from './catalog.ts';

/** Guidance for every kind. */
export type GuidanceByKind = Record<Kind, Guidance>;

/** How each retry verdict reads on a page, before the guidance's own reason. */
export const RETRY_LABELS: Record<RetryVerdict, string> = {
	yes: 'Yes',
	'after-change': 'Only after a change',
	no: 'No',
	'not-needed': 'Not needed',
	'keep-polling': 'Keep polling',
};

/** Who acts, as a page says it. */
export const ACTOR_LABELS: Record<Actor, string> = {
	caller: 'You, the caller',
	bigml: 'BigML',
	'caller-then-bigml': 'You first; BigML support if it persists',
	none: 'No one: nothing needs fixing',
};

/** Who acts, in the fewest words, for a table column. */
export const ACTOR_SHORT: Record<Actor, string> = {
	caller: 'You',
	bigml: 'BigML',
	'caller-then-bigml': 'You, then BigML',
	none: 'No one',
};

/** The task statuses laid out as a resource lives through them, for the diagram on `/status/`. */
export interface Lifecycle {
	/** The usual path, in order: statuses set by the client, then progress by code, then the end. */
	path: CatalogEntry[];
	/** Statuses off the usual path (Faulty, Unknown, …), by code, highest first. */
	aside: CatalogEntry[];
	/** The statuses a resource never leaves. */
	final: Set<CatalogEntry>;
}

const PHASE_ORDER = { client: 0, progress: 1, done: 2, aside: 3 } as const;

/** Lays out the task statuses from their kinds' lifecycle facts, so the diagram follows the catalog. */
export function lifecycle(statuses: readonly CatalogEntry[], guidance: GuidanceByKind): Lifecycle {
	const placed = statuses.map((entry) => {
		const facts = guidance[entry.kind].lifecycle;
		if (!facts)
			throw new Error(`${entry.id}: kind "${entry.kind}" has no lifecycle facts in data/guidance/status.yaml`);
		return { entry, ...facts };
	});
	const byPlace = (a: (typeof placed)[number], b: (typeof placed)[number]) =>
		PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.entry.code - b.entry.code;
	return {
		path: placed
			.filter((p) => p.phase !== 'aside')
			.sort(byPlace)
			.map((p) => p.entry),
		aside: placed
			.filter((p) => p.phase === 'aside')
			.sort((a, b) => b.entry.code - a.entry.code)
			.map((p) => p.entry),
		final: new Set(placed.filter((p) => p.final).map((p) => p.entry)),
	};
}
