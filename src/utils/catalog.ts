import type { Category, Group, GroupType } from '../schemas/group.ts';
import type { CodeEntry } from '../schemas/code.ts';
import { codePath, groupPath } from './paths.ts';

/** A code of the catalog with everything a page needs to show and link it. */
export interface CatalogEntry extends CodeEntry {
	/** Stable identity of the code: group slug and number (`model/-4002`), since numbers repeat across groups. */
	id: string;
	/** The group the code belongs to. */
	group: CatalogGroup;
	/** Permanent path of the code's page, e.g. `/errors/model/-4002/`. */
	path: string;
	/** For a retired code, the code that replaces it (from `replacedBy`). */
	replacement: CatalogEntry | undefined;
	/** The retired codes this one replaces. */
	replaces: CatalogEntry[];
}

/**
 * A URL that stays published after what it showed moved: the pages under a
 * group's former slug, each sending readers on to the page it became.
 */
export interface CatalogRedirect {
	/** The old path, e.g. `/errors/old-slug/-4002/`. */
	path: string;
	/** What the old path showed and now leads to. */
	to: { kind: 'group'; group: CatalogGroup } | { kind: 'code'; entry: CatalogEntry };
}

/** A group of the catalog with its entries and its permanent path. */
export interface CatalogGroup extends Omit<Group, 'codes'> {
	/** Permanent path of the group's page, e.g. `/http/` or `/errors/model/`. */
	path: string;
	/** The group's codes, in BigML's order. */
	entries: CatalogEntry[];
}

/** The whole catalog, indexed the ways pages read it. */
export interface Catalog {
	/** Every group, in BigML's order. */
	groups: CatalogGroup[];
	/** Every code, group by group, in BigML's order. */
	entries: CatalogEntry[];
	/** Every code by its id, `group/number` (`model/-4002`). */
	byId: ReadonlyMap<string, CatalogEntry>;
	/** Every group by its slug. */
	bySlug: ReadonlyMap<string, CatalogGroup>;
	/** Every number with all the entries that carry it (several for -30021, -40021). */
	byNumber: ReadonlyMap<number, CatalogEntry[]>;
	/** The general group and the resource families, which share the `/errors/` section. */
	errorGroups: CatalogGroup[];
	/** The resource families by BigML documentation category, in category order. */
	categories: { category: Category; title: string; groups: CatalogGroup[] }[];
	/** The old URLs of renamed groups, each leading to the page it became. */
	redirects: CatalogRedirect[];
}

/** Headings for BigML's documentation categories, in the order the site lists them. */
export const CATEGORY_TITLES: Record<Category, string> = {
	data: 'Data',
	supervised: 'Supervised learning',
	unsupervised: 'Unsupervised learning',
	predictions: 'Predictions',
	whizzml: 'WhizzML',
};

/** Builds the catalog's indexes from validated groups, already in catalog order. */
export function buildCatalog(groups: readonly Group[]): Catalog {
	const catalogGroups: CatalogGroup[] = [];
	const entries: CatalogEntry[] = [];
	const byNumber = new Map<number, CatalogEntry[]>();
	for (const { codes, ...rest } of groups) {
		const path = groupPath(rest);
		const group: CatalogGroup = { ...rest, path, entries: [] };
		for (const code of codes) {
			const entry: CatalogEntry = {
				...code,
				id: `${group.slug}/${code.code}`,
				group,
				path: codePath(group, code.code),
				replacement: undefined,
				replaces: [],
			};
			group.entries.push(entry);
			entries.push(entry);
			byNumber.set(code.code, [...(byNumber.get(code.code) ?? []), entry]);
		}
		catalogGroups.push(group);
	}
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	for (const entry of entries) {
		entry.replacement = entry.replacedBy === undefined ? undefined : byId.get(entry.replacedBy);
		entry.replacement?.replaces.push(entry);
	}
	const redirects = catalogGroups.flatMap((group) => formerPaths(group));
	const errorGroups = catalogGroups.filter((g) => g.type === 'general' || g.type === 'family');
	const categories = (Object.keys(CATEGORY_TITLES) as Category[])
		.map((category) => ({
			category,
			title: CATEGORY_TITLES[category],
			groups: errorGroups.filter((g) => g.category === category),
		}))
		.filter((c) => c.groups.length > 0);
	const bySlug = new Map(catalogGroups.map((group) => [group.slug, group]));
	return { groups: catalogGroups, entries, byId, bySlug, byNumber, errorGroups, categories, redirects };
}

/** The pages a group had under each of its former slugs: its own and one per code. */
function formerPaths(group: CatalogGroup): CatalogRedirect[] {
	return (group.formerSlugs ?? []).flatMap((slug) => {
		const former = { slug, type: group.type };
		return [
			{ path: groupPath(former), to: { kind: 'group', group } },
			...group.entries.map((entry) => ({ path: codePath(former, entry.code), to: { kind: 'code', entry } }) as const),
		];
	});
}

const KIND_LABELS: Record<Exclude<GroupType, 'family'>, [singular: string, plural: string]> = {
	http: ['HTTP status', 'HTTP statuses'],
	status: ['task status', 'task statuses'],
	general: ['general error', 'general errors'],
};

/** Names what kind of code a group holds, for sentences and titles: "model error", "HTTP statuses". */
export function codeLabel(group: Pick<Group, 'type' | 'noun'>, { plural = false } = {}): string {
	if (group.type === 'family') return `${group.noun} error${plural ? 's' : ''}`;
	return KIND_LABELS[group.type][plural ? 1 : 0];
}

/** The short heading of a code: its name where BigML gives one ("Too Many Requests"), else its text. */
export function codeHeadline(entry: Pick<CatalogEntry, 'name' | 'text'>): string {
	return entry.name ?? entry.text;
}

/**
 * The title a code's page carries, and that chat and ticket tools show when
 * the link is pasted: "-4002 · Your model cannot be created — BigML.io model error". A retired code says so.
 */
export function codeTitle(entry: CatalogEntry): string {
	const retired = entry.retired === undefined ? '' : ' (retired)';
	return `${entry.code} · ${codeHeadline(entry)}${retired} — BigML.io ${codeLabel(entry.group)}`;
}

/**
 * The path of a group (`model`) or a code (`general/-1201`) named by its id.
 * Throws when the catalog has no such group or code, so prose never links to a page that is not built.
 */
export function catalogPath(catalog: Pick<Catalog, 'byId' | 'bySlug'>, id: string): string {
	const found = id.includes('/') ? catalog.byId.get(id) : catalog.bySlug.get(id);
	if (!found) {
		throw new Error(
			`"${id}" is not a ${id.includes('/') ? 'code' : 'group'} of the catalog: link to an existing group slug or group/number id`,
		);
	}
	return found.path;
}

/** The other entries that share this entry's number, in other groups. */
export function namesakes(catalog: Catalog, entry: CatalogEntry): CatalogEntry[] {
	return (catalog.byNumber.get(entry.code) ?? []).filter((other) => other !== entry);
}

/** Families up to this size are listed whole on each of their code pages; larger ones show a window. */
export const SIBLING_LIMIT = 25;

/**
 * The codes a code page lists beside its own: the whole family when it is
 * small (every real BigML family is), else the `limit` codes around the
 * current one, so a page stays light in a catalog with huge families.
 */
export function siblingWindow(entry: CatalogEntry, limit = SIBLING_LIMIT): CatalogEntry[] {
	const all = entry.group.entries;
	if (all.length <= limit) return all;
	const index = all.indexOf(entry);
	const start = Math.min(Math.max(0, index - Math.floor(limit / 2)), all.length - limit);
	return all.slice(start, start + limit);
}
