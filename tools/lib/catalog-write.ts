// Turns a comparison into edits of the catalog's YAML files and entries of the change log. Pure: it takes
// the files' text and returns their new text, so the layout, the order of entries and every comment
// stay as they were except where BigML changed something (the yaml package's Document API keeps them).
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type ToStringOptions } from 'yaml';
import type { Change } from '../../src/schemas/change.ts';
import { changeKey } from '../../src/schemas/change.ts';
import type { Category, Group } from '../../src/schemas/group.ts';
import { CHANGES_FEED_PATH, CHANGES_PATH } from '../../src/utils/paths.ts';
import type { CatalogDiff, CodeChange, GroupDiff } from './catalog-diff.ts';
import { kindOfNumber, type ImpliedKind } from './kind-of-number.ts';

/** How the catalog's files are written: long texts stay on one line, flow lists as `[a, b]`. */
export const YAML_STYLE: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

/** What `--write` does, before anything touches the disk. */
export interface WritePlan {
	/** The new text of every group file that changes or is new, by slug (`model` for `data/model.yaml`). */
	files: Map<string, string>;
	/** The new text of the change log. */
	changeLog: string;
	/** Every change recorded in the log, in the order of the report. */
	records: Change[];
	/** Every code added, with the kind its number implies: a person confirms each. */
	newCodes: { group: string; code: number; implied: ImpliedKind }[];
	/** Every group file created for a table BigML added, with the fields a person must check. */
	newGroups: { slug: string; heading: string; check: string[] }[];
	/** Differences left for a person: observed codes BigML now lists (see CONTRIBUTING.md). */
	manual: { group: string; code: number; text: string }[];
}

/** What {@link planWrite} needs. */
export interface WriteInput {
	/** The comparison to apply. */
	diff: CatalogDiff;
	/** The catalog as read and validated before the sync. */
	groups: readonly Group[];
	/** The current text of each group's file, by slug. */
	files: ReadonlyMap<string, string>;
	/** The current text of the change log, or `undefined` when there is none yet. */
	changeLog: string | undefined;
	/** The day of BigML's page (ISO date): retired codes and log entries carry it. */
	date: string;
}

/** The entries of a group file's `codes` list. */
function codesOf(doc: Document): YAMLSeq<YAMLMap> {
	const codes = doc.get('codes', true);
	if (!isSeq(codes)) throw new Error('a group file without a codes list reached the sync; readCatalog refuses those');
	return codes as YAMLSeq<YAMLMap>;
}

/** Applies one code's change to its group's document, and says what to record. */
function applyChange(
	doc: Document,
	change: CodeChange,
	type: Group['type'],
	plan: WritePlan,
	{ date, group }: { date: string; group: string },
): void {
	const codes = codesOf(doc);
	const indexOf = (code: number) => codes.items.findIndex((item) => isMap(item) && item.get('code') === code);
	const item = codes.items[indexOf(change.code)];
	const record = (entry: Omit<Change, 'date' | 'group' | 'code'>) =>
		plan.records.push({ date, group, code: change.code, ...entry } as Change);
	switch (change.type) {
		case 'added': {
			const implied = kindOfNumber(type, change.code);
			const node = doc.createNode({
				code: change.code,
				...(change.name === undefined ? {} : { name: change.name }),
				text: change.text,
				kind: implied.kind,
			});
			// Where BigML's table has it: after the code before it there, else first.
			const at = change.after === undefined ? 0 : indexOf(change.after) + 1;
			codes.items.splice(at, 0, node);
			plan.newCodes.push({ group, code: change.code, implied });
			record({ change: 'added', new: change.text });
			return;
		}
		case 'text':
			item!.set('text', change.new);
			record({ change: 'text', old: change.old, new: change.new });
			return;
		case 'name':
			if (change.new === undefined) item!.delete('name');
			else if (item!.has('name')) item!.set('name', change.new);
			else item!.items.splice(1, 0, doc.createPair('name', change.new) as YAMLMap['items'][number]);
			record({
				change: 'name',
				...(change.old === undefined ? {} : { old: change.old }),
				...(change.new === undefined ? {} : { new: change.new }),
			});
			return;
		case 'gone':
			// Never deleted: the page and its permalink stay, marked retired (CONTRIBUTING.md).
			item!.set('retired', date);
			record({ change: 'retired', old: change.text });
			return;
		case 'back':
			item!.delete('retired');
			item!.delete('replacedBy');
			record({ change: 'restored', new: change.text });
			return;
		case 'listed':
			plan.manual.push({ group, code: change.code, text: change.text });
			return;
	}
}

/** The words of a table's heading that name its resource: "Batch Forecast" from "Batch Forecast Error Code Summary". */
const resourceWords = (heading: string) =>
	heading.replace(/\s*(Error Code Summary|Unsuccessful Requests|Status Code Summary|Code Summary)$/i, '').trim() ||
	heading;

/** A new group's file for a table BigML added, with every field the heading and its neighbours can give. */
function newGroupFile(
	group: GroupDiff,
	groups: readonly Group[],
	date: string,
): { slug: string; doc: Document; check: string[] } {
	const words = resourceWords(group.heading);
	const noun = words.toLowerCase();
	const slug = noun.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'new-group';
	const bySlug = new Map(groups.map((g) => [g.slug, g]));
	const before = group.neighbours?.before === undefined ? undefined : bySlug.get(group.neighbours.before);
	const after = group.neighbours?.after === undefined ? undefined : bySlug.get(group.neighbours.after);
	// Positions are spaced by 10; a new table takes the middle of the gap its neighbours leave.
	const order =
		before && after
			? Math.floor((before.order + after.order) / 2)
			: before
				? before.order + 10
				: after
					? Math.max(0, after.order - 10)
					: 1000;
	// BigML's page lists the families category by category, so a new table most likely shares its neighbour's.
	const category: Category = before?.category ?? after?.category ?? 'data';
	const title = `${words.charAt(0).toUpperCase()}${words.slice(1).toLowerCase()}${/s$/i.test(words) ? '' : 's'}`;
	const doc = new Document({
		slug,
		order,
		type: 'family',
		title,
		noun,
		category,
		heading: group.heading,
		description: `Errors when creating, reading or deleting a ${noun}.`,
		codes: group.changes.flatMap((c) =>
			c.type === 'added'
				? [
						{
							code: c.code,
							...(c.name === undefined ? {} : { name: c.name }),
							text: c.text,
							kind: kindOfNumber('family', c.code).kind,
						},
					]
				: [],
		),
	});
	doc.commentBefore =
		` Added by \`npm run catalog:sync\` on ${date} for BigML's "${group.heading}" table.\n` +
		' Check slug (it becomes a permanent URL), title, noun, category, description and each kind; add resource if\n' +
		' BigML ids name one (CONTRIBUTING.md, "Adding a code"). Then delete this comment.';
	return {
		slug,
		doc,
		check: ['slug', 'title', 'noun', `category (${category}, from the table before it)`, 'description', 'resource'],
	};
}

/** Adds the records to the change log's text, newest first, and moves `lastSync` to the date. */
export function planChangeLog(source: string | undefined, records: readonly Change[], date: string): string {
	const doc = source === undefined ? new Document({ lastSync: date, changes: [] }) : parseDocument(source);
	if (source === undefined) {
		doc.commentBefore =
			" Every change `npm run catalog:sync -- --write` made to the catalog, newest first, with BigML's words before and after.\n" +
			` The site builds ${CHANGES_PATH} and the ${CHANGES_FEED_PATH} feed from it. Written by the sync; see CONTRIBUTING.md.`;
	}
	const root = doc.contents as YAMLMap;
	const last = root.get('lastSync');
	if (last === undefined) root.items.unshift(doc.createPair('lastSync', date) as YAMLMap['items'][number]);
	else if (typeof last === 'string' && last < date) root.set('lastSync', date);
	const found = root.get('changes', true);
	const seq: YAMLSeq<YAMLMap> = isSeq(found) ? (found as YAMLSeq<YAMLMap>) : new YAMLSeq<YAMLMap>();
	if (!isSeq(found)) root.set('changes', seq);
	// `changes: []` stays a flow list unless told otherwise, and a flow list of entries is unreadable.
	if (records.length > 0) seq.flow = false;
	const entries = () => seq.items.map((item) => item.toJSON() as Change);
	for (const record of [...records].reverse()) {
		const existing = entries().findIndex((e) => changeKey(e) === changeKey(record));
		if (existing >= 0) {
			// The same change twice in a day (BigML edited the text again): one entry, from the first old to the last new.
			const first = entries()[existing]!;
			if (record.new === undefined || first.old === record.new) seq.items.splice(existing, 1);
			else seq.items[existing]!.set('new', record.new);
			continue;
		}
		const at = entries().findIndex((e) => e.date <= record.date);
		seq.items.splice(at < 0 ? seq.items.length : at, 0, doc.createNode(record) as YAMLMap);
	}
	return doc.toString(YAML_STYLE);
}

/**
 * Plans `--write`: a new code is added where BigML's table has it, with the kind its number implies; a
 * changed text or name is replaced verbatim; a code that is gone is marked `retired` with the date, never
 * deleted; a retired code BigML lists again loses its `retired`; a renamed table's heading is updated; a
 * new table gets a new group file. Every change is also recorded for the change log.
 */
export function planWrite({ diff, groups, files, changeLog, date }: WriteInput): WritePlan {
	const plan: WritePlan = { files: new Map(), changeLog: '', records: [], newCodes: [], newGroups: [], manual: [] };
	const bySlug = new Map(groups.map((g) => [g.slug, g]));
	for (const group of diff.groups) {
		if (group.status === 'added') {
			const { slug, doc, check } = newGroupFile(group, groups, date);
			plan.files.set(slug, doc.toString(YAML_STYLE));
			plan.newGroups.push({ slug, heading: group.heading, check });
			plan.records.push({ date, group: slug, change: 'group-added', new: group.heading });
			for (const change of group.changes) {
				if (change.type !== 'added') continue;
				plan.newCodes.push({ group: slug, code: change.code, implied: kindOfNumber('family', change.code) });
				plan.records.push({ date, group: slug, code: change.code, change: 'added', new: change.text });
			}
			continue;
		}
		const slug = group.slug!;
		const source = files.get(slug);
		if (source === undefined) throw new Error(`no file text was given for the group "${slug}"`);
		const doc = parseDocument(source);
		if (group.status === 'renamed') {
			doc.set('heading', group.heading);
			plan.records.push({ date, group: slug, change: 'heading', old: group.oldHeading!, new: group.heading });
		}
		if (group.status === 'gone') plan.records.push({ date, group: slug, change: 'group-gone', old: group.heading });
		for (const change of group.changes) applyChange(doc, change, bySlug.get(slug)!.type, plan, { date, group: slug });
		const text = doc.toString(YAML_STYLE);
		if (text !== source) plan.files.set(slug, text);
	}
	plan.changeLog = planChangeLog(changeLog, plan.records, date);
	return plan;
}
