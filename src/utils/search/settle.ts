/**
 * Settling a number several groups share (-30021 is a dataset and a time
 * series code): only what the input itself says may pick one entry, its
 * resource type, a group it names, or message text that matches one entry's
 * text better than the others. Otherwise the reader is shown every meaning.
 */

/** What settling needs to know of a candidate entry. */
export interface SettleView {
	/** The group's slug. */
	slug: string;
	/** The resource type of the group's ids (`timeseries`), where it has one. */
	resource?: string | undefined;
	/** BigML.io's text for the entry. */
	text: string;
}

/** What the input says that can pick one entry. */
export interface SettleClues {
	/** Resource types read from ids in the input (`timeseries` from `timeseries/5f3a…`). */
	resources?: readonly string[] | undefined;
	/** Slugs of the groups the input names by word ("time series", "linearregression"). */
	groups?: readonly string[] | undefined;
	/** Words of the input, or a message quoted in it, to compare with each entry's text. */
	text?: string | undefined;
}

/** Lowercase words of a text, a plural `s` dropped so "datasets" meets "dataset". */
export function wordsOf(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));
}

/**
 * The one entry of `candidates` the input's text matches best, counting only
 * the words that tell the candidates apart (all share "be created now"); none
 * when no candidate wins outright.
 */
function byText<T>(candidates: readonly T[], view: (c: T) => SettleView, text: string): T | undefined {
	const said = new Set(wordsOf(text));
	if (said.size === 0) return undefined;
	const own = candidates.map((c) => new Set(wordsOf(view(c).text)));
	const shared = [...(own[0] ?? [])].filter((w) => own.every((set) => set.has(w)));
	const scores = own.map((set) => [...set].filter((w) => !shared.includes(w) && said.has(w)).length);
	const best = Math.max(...scores);
	if (best === 0 || scores.filter((s) => s === best).length > 1) return undefined;
	return candidates[scores.indexOf(best)];
}

/**
 * Picks the entry the input means among several sharing a number, in order
 * of trust: the resource type of an id, then a group named by word, then the
 * text. `undefined` when nothing in the input tells them apart.
 */
export function settle<T>(candidates: readonly T[], clues: SettleClues, view: (c: T) => SettleView): T | undefined {
	if (candidates.length === 1) return candidates[0];
	if (candidates.length === 0) return undefined;
	const one = (list: T[]) => (list.length === 1 ? list[0] : undefined);
	const ofResource = clues.resources?.length
		? one(candidates.filter((c) => clues.resources?.includes(view(c).resource ?? '')))
		: undefined;
	if (ofResource) return ofResource;
	const named = clues.groups?.length ? candidates.filter((c) => clues.groups?.includes(view(c).slug)) : [];
	if (named.length === 1) return named[0];
	return clues.text ? byText(named.length > 1 ? named : candidates, view, clues.text) : undefined;
}

/** Where Enter goes for a number: one entry's page, or the page listing every meaning of a shared number. */
export type NumberTarget<T> = { entry: T } | { shared: number };

/**
 * Enter on a number: its entry when it has one or the input settles which
 * (see `settle`); the page of every meaning (`/codes/<number>/`) when several
 * groups share it and nothing says which. `undefined` when no entry has it.
 */
export function numberTarget<T>(
	code: number,
	entries: readonly T[],
	clues: SettleClues,
	view: (c: T) => SettleView,
): NumberTarget<T> | undefined {
	if (entries.length === 0) return undefined;
	const entry = settle(entries, clues, view);
	return entry === undefined ? { shared: code } : { entry };
}

/**
 * A BigML resource id in any form it is written: `model/5af06df94e17277501000010`,
 * a short or elided one (`timeseries/5f3a…`), `public/…` or `shared/…` first.
 * Captures the resource type.
 */
export const RESOURCE_ID = /(?<![\p{L}\p{N}/])(?:(?:public|shared)\/)?([a-z][a-z0-9]*)\/(?=[\p{L}\p{N}.…])/gu;

/**
 * The resource types of the ids a text holds, in order (`timeseries` in
 * `"resource": "timeseries/5f3a…"`). Other `word/…` forms (`application/json`)
 * come along; they match no group's resource type, so they settle nothing.
 */
export function resourcesOf(text: string): string[] {
	return [...new Set([...text.matchAll(RESOURCE_ID)].map((m) => m[1] ?? ''))];
}
