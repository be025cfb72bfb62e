import type { Category, Group, GroupType } from '../schemas/group';
import type { CodeEntry } from '../schemas/code';

/** A code of the catalog with everything a page needs to show and link it. */
export interface CatalogEntry extends CodeEntry {
	/** Stable identity of the code: group slug and number (`model/-4002`), since numbers repeat across groups. */
	id: string;
	/** The group the code belongs to. */
	group: CatalogGroup;
	/** Permanent path of the code's page, e.g. `/errors/model/-4002/`. */
	path: string;
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
	/** Every number with all the entries that carry it (several for -30021, -40021). */
	byNumber: ReadonlyMap<number, CatalogEntry[]>;
	/** The general group and the resource families, which share the `/errors/` section. */
	errorGroups: CatalogGroup[];
	/** The resource families by BigML documentation category, in category order. */
	categories: { category: Category; title: string; groups: CatalogGroup[] }[];
}

/** Headings for BigML's documentation categories, in the order the site lists them. */
export const CATEGORY_TITLES: Record<Category, string> = {
	data: 'Data',
	supervised: 'Supervised learning',
	unsupervised: 'Unsupervised learning',
	predictions: 'Predictions',
	whizzml: 'WhizzML',
};

/** Path of the `/errors/` index, parent of the general and family groups. */
export const ERRORS_PATH = '/errors/';

/** Returns the permanent path of a group's page. */
export function groupPath(group: Pick<Group, 'slug' | 'type'>): string {
	return group.type === 'http' || group.type === 'status' ? `/${group.slug}/` : `${ERRORS_PATH}${group.slug}/`;
}

/** Returns the path that resolves a bare number to its page or pages. */
export function lookupPath(code: number): string {
	return `/codes/${code}/`;
}

/** Parses a number typed or pasted as part of a URL; `undefined` when it is not one. */
export function parseCodeParam(value: string | undefined): number | undefined {
	if (!value || !/^-?\d{1,7}$/.test(value)) return undefined;
	return Number(value);
}

/** Builds the catalog's indexes from validated groups, already in catalog order. */
export function buildCatalog(groups: readonly Group[]): Catalog {
	const catalogGroups: CatalogGroup[] = [];
	const entries: CatalogEntry[] = [];
	const byNumber = new Map<number, CatalogEntry[]>();
	for (const { codes, ...rest } of groups) {
		const path = groupPath(rest);
		const group: CatalogGroup = { ...rest, path, entries: [] };
		for (const code of codes) {
			const entry: CatalogEntry = { ...code, id: `${group.slug}/${code.code}`, group, path: `${path}${code.code}/` };
			group.entries.push(entry);
			entries.push(entry);
			byNumber.set(code.code, [...(byNumber.get(code.code) ?? []), entry]);
		}
		catalogGroups.push(group);
	}
	const errorGroups = catalogGroups.filter((g) => g.type === 'general' || g.type === 'family');
	const categories = (Object.keys(CATEGORY_TITLES) as Category[])
		.map((category) => ({
			category,
			title: CATEGORY_TITLES[category],
			groups: errorGroups.filter((g) => g.category === category),
		}))
		.filter((c) => c.groups.length > 0);
	return { groups: catalogGroups, entries, byNumber, errorGroups, categories };
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
 * the link is pasted: "-4002 · Your model cannot be created — BigML.io model error".
 */
export function codeTitle(entry: CatalogEntry): string {
	return `${entry.code} · ${codeHeadline(entry)} — BigML.io ${codeLabel(entry.group)}`;
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
