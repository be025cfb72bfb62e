// Compares the catalog with BigML's page, group by group and code by code. Pure: it takes validated
// groups and parsed sections and says what differs; tools/catalog-sync.ts prints it and writes it.
import type { Group } from '../../src/schemas/group.ts';
import type { PageRow, PageSection } from './bigml-page.ts';

/** One difference in one group, by the code's number. */
export type CodeChange =
	/** BigML lists a code the group does not have. `after` is the code before it on BigML's page, if any. */
	| { type: 'added'; code: number; name?: string; text: string; after?: number }
	/** BigML's text for the code is not the catalog's. */
	| { type: 'text'; code: number; old: string; new: string }
	/** BigML's name for the code is not the catalog's; either side may have none. */
	| { type: 'name'; code: number; old?: string; new?: string }
	/** BigML no longer lists a live documented code. */
	| { type: 'gone'; code: number; text: string }
	/** BigML lists again a code the catalog has retired. */
	| { type: 'back'; code: number; text: string }
	/** BigML now lists a code the catalog has as observed: a person makes it documented (CONTRIBUTING.md). */
	| { type: 'listed'; code: number; text: string };

/** What differs in one group, or for one of BigML's tables the catalog does not have. */
export interface GroupDiff {
	/**
	 * `kept`: the table and the group share a heading. `renamed`: BigML renamed the table's heading (the
	 * group is known by its codes). `added`: a table the catalog has no group for. `gone`: a group whose
	 * table BigML dropped.
	 */
	status: 'kept' | 'renamed' | 'added' | 'gone';
	/** The catalog group, except for an added table. */
	slug?: string;
	/** The heading on BigML's page (the catalog's own for a gone group). */
	heading: string;
	/** The heading the catalog had, when BigML renamed it. */
	oldHeading?: string;
	/** For an added table: the slugs of the catalog groups around it on BigML's page, to place it. */
	neighbours?: { before?: string; after?: string };
	/** Every code that differs, in BigML's order (gone codes in the catalog's). */
	changes: CodeChange[];
}

/** The comparison as a whole. */
export interface CatalogDiff {
	/** The groups and tables that differ, in the order of BigML's page, then gone groups in the catalog's. */
	groups: GroupDiff[];
	/** How many catalog groups with live documented codes were found on the page (kept or renamed). */
	matched: number;
	/** How many catalog groups have live documented codes: those the page should hold. */
	expected: number;
}

/** A catalog code BigML's table is meant to hold: documented and not retired. */
const isLive = (code: Group['codes'][number]) => code.provenance === 'documented' && code.retired === undefined;

/** Pairs BigML's tables with the catalog's groups: by heading first, then an unpaired table by the codes it shares. */
function pairSections(groups: readonly Group[], sections: readonly PageSection[]): Map<PageSection, Group> {
	const pairs = new Map<PageSection, Group>();
	const free = new Set(groups);
	for (const section of sections) {
		const group = groups.find((g) => g.heading === section.heading);
		if (group) {
			pairs.set(section, group);
			free.delete(group);
		}
	}
	// A renamed heading must not read as one group dropped and another added: that would retire every code.
	// A table is taken for an unpaired group when at least half the numbers of the larger of the two match.
	const candidates = sections
		.filter((s) => !pairs.has(s))
		.flatMap((section) =>
			[...free].map((group) => {
				const live = new Set(group.codes.filter(isLive).map((c) => c.code));
				const shared = section.rows.filter((r) => live.has(r.code)).length;
				return { section, group, score: shared / Math.max(live.size, section.rows.length) };
			}),
		)
		.filter((c) => c.score >= 0.5)
		.sort((a, b) => b.score - a.score);
	for (const { section, group } of candidates) {
		if (pairs.has(section) || !free.has(group)) continue;
		pairs.set(section, group);
		free.delete(group);
	}
	return pairs;
}

/** What differs between one table and the codes of its group. */
function compareRows(codes: Group['codes'], rows: readonly PageRow[]): CodeChange[] {
	const changes: CodeChange[] = [];
	const byNumber = new Map(codes.map((c) => [c.code, c]));
	rows.forEach((row, index) => {
		const entry = byNumber.get(row.code);
		if (!entry) {
			const after = rows[index - 1]?.code;
			changes.push({
				type: 'added',
				code: row.code,
				...(row.name === undefined ? {} : { name: row.name }),
				text: row.text,
				...(after === undefined ? {} : { after }),
			});
			return;
		}
		if (entry.provenance === 'observed') {
			changes.push({ type: 'listed', code: row.code, text: row.text });
			return;
		}
		if (entry.retired !== undefined) changes.push({ type: 'back', code: row.code, text: row.text });
		if (entry.name !== row.name) {
			changes.push({
				type: 'name',
				code: row.code,
				...(entry.name === undefined ? {} : { old: entry.name }),
				...(row.name === undefined ? {} : { new: row.name }),
			});
		}
		if (entry.text !== row.text) changes.push({ type: 'text', code: row.code, old: entry.text, new: row.text });
	});
	const listed = new Set(rows.map((r) => r.code));
	for (const entry of codes) {
		// Observed codes were never in BigML's table, and retired ones have left it already.
		if (isLive(entry) && !listed.has(entry.code)) changes.push({ type: 'gone', code: entry.code, text: entry.text });
	}
	return changes;
}

/**
 * Compares the catalog with BigML's page: every code added, every text or name changed, every code gone,
 * group by group, and every table added or dropped. A number is a code of one group: -30021 in the time
 * series table is compared with the time-series group only. Codes marked `observed` are never gone.
 */
export function compareCatalog(groups: readonly Group[], sections: readonly PageSection[]): CatalogDiff {
	const pairs = pairSections(groups, sections);
	const diffs: GroupDiff[] = [];
	sections.forEach((section, index) => {
		const group = pairs.get(section);
		if (!group) {
			const around = (step: number) => {
				for (let i = index + step; i >= 0 && i < sections.length; i += step) {
					const found = pairs.get(sections[i]!);
					if (found) return found.slug;
				}
				return undefined;
			};
			const before = around(-1);
			const after = around(1);
			diffs.push({
				status: 'added',
				heading: section.heading,
				neighbours: { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) },
				changes: compareRows([], section.rows),
			});
			return;
		}
		const changes = compareRows(group.codes, section.rows);
		const renamed = group.heading !== section.heading;
		if (changes.length === 0 && !renamed) return;
		diffs.push({
			status: renamed ? 'renamed' : 'kept',
			slug: group.slug,
			heading: section.heading,
			...(renamed ? { oldHeading: group.heading } : {}),
			changes,
		});
	});
	const paired = new Set(pairs.values());
	for (const group of groups) {
		if (paired.has(group)) continue;
		const changes = compareRows(group.codes, []);
		// A group whose codes were all retired already (or are all observed) has nothing left to drop.
		if (changes.length > 0) diffs.push({ status: 'gone', slug: group.slug, heading: group.heading, changes });
	}
	const expected = groups.filter((g) => g.codes.some(isLive));
	return { groups: diffs, matched: expected.filter((g) => paired.has(g)).length, expected: expected.length };
}

/** Counts the differences by what they are, for the summary line. */
export function countChanges(diff: CatalogDiff): Record<CodeChange['type'], number> & { groups: number } {
	const counts = { added: 0, text: 0, name: 0, gone: 0, back: 0, listed: 0, groups: 0 };
	for (const group of diff.groups) {
		if (group.status !== 'kept') counts.groups += 1;
		for (const change of group.changes) counts[change.type] += 1;
	}
	return counts;
}
