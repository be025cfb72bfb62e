import { z } from 'astro/zod';
import { SLUG_PATTERN } from './group.ts';

/**
 * What one change did to the catalog. Code changes: `added` (BigML began listing the code), `text` and
 * `name` (BigML reworded it), `retired` (BigML stopped listing it; its page stays), `restored` (BigML lists
 * a retired code again). Group changes: `group-added` (a new table on BigML's page), `group-gone` (a
 * table BigML dropped; its codes are retired one by one), `heading` (BigML renamed a table).
 */
export const CHANGE_TYPES = [
	'added',
	'text',
	'name',
	'retired',
	'restored',
	'group-added',
	'group-gone',
	'heading',
] as const;

/** A kind of change. */
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** Which fields each kind of change has: whether it names a code, and which of old and new it carries. */
export const CHANGE_FIELDS: Record<
	ChangeType,
	{ code: boolean; old: 'required' | 'optional' | 'none'; new: 'required' | 'optional' | 'none'; what: string }
> = {
	added: { code: true, old: 'none', new: 'required', what: "the code's text" },
	text: { code: true, old: 'required', new: 'required', what: "BigML's text before and after" },
	name: { code: true, old: 'optional', new: 'optional', what: "BigML's name before and after (either may be missing)" },
	retired: { code: true, old: 'required', new: 'none', what: 'the text the code had' },
	restored: { code: true, old: 'none', new: 'required', what: "the code's text" },
	'group-added': { code: false, old: 'none', new: 'required', what: "the table's heading" },
	'group-gone': { code: false, old: 'required', new: 'none', what: "the table's heading" },
	heading: { code: false, old: 'required', new: 'required', what: "the table's heading before and after" },
};

const text = z.string().min(1, { error: 'must not be empty: copy the text verbatim, or leave the key out' });
const isoDate = z.iso.date({ error: 'must be an ISO date, such as 2026-12-02' });

/**
 * One change to the catalog, as `npm run catalog:sync -- --write` records it: when, where, what, and
 * BigML's words before and after, verbatim.
 */
export const changeSchema = z
	.strictObject({
		/** The day of BigML's page the change came from (`--date`, else the day of the sync). */
		date: isoDate,
		/** The group's slug (`model`). */
		group: z.string().regex(SLUG_PATTERN, { error: 'must be the slug of a group, such as "model"' }),
		/** The code's number; absent for a change to a whole table. */
		code: z
			.number({ error: 'must be the number of a code, such as -4002' })
			.int({ error: 'must be a whole number, such as -4002' })
			.optional(),
		/** What changed (see {@link CHANGE_TYPES}). */
		change: z.enum(CHANGE_TYPES, {
			error: (issue) =>
				`is not a kind of change: ${JSON.stringify(issue.input)}; use one of: ${CHANGE_TYPES.join(', ')}`,
		}),
		/** BigML's words before the change, verbatim. */
		old: text.optional(),
		/** BigML's words after the change, verbatim. */
		new: text.optional(),
	})
	.superRefine((entry, ctx) => {
		const fields = CHANGE_FIELDS[entry.change];
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		if (fields.code && entry.code === undefined)
			issue('code', `is missing: a "${entry.change}" change names the code's number`);
		if (!fields.code && entry.code !== undefined)
			issue('code', `is only for changes to one code: a "${entry.change}" change is about the whole table; remove it`);
		for (const side of ['old', 'new'] as const) {
			if (fields[side] === 'required' && entry[side] === undefined)
				issue(side, `is missing: a "${entry.change}" change records ${fields.what}`);
			if (fields[side] === 'none' && entry[side] !== undefined)
				issue(side, `is not part of a "${entry.change}" change, which records ${fields.what} only; remove it`);
		}
		if (entry.change === 'name' && entry.old === undefined && entry.new === undefined)
			issue('new', 'is missing: a name change records the old name, the new one, or both');
		if (fields.old !== 'none' && fields.new !== 'none' && entry.old !== undefined && entry.old === entry.new) {
			issue('new', 'is the same as "old": record a change only when the words differ');
		}
	});

/** One change. */
export type Change = z.infer<typeof changeSchema>;

/** What identifies a change: a day, a group, a code and a kind of change happen together once. */
export const changeKey = (c: Pick<Change, 'date' | 'group' | 'code' | 'change'>) =>
	`${c.date} ${c.group}${c.code === undefined ? '' : `/${c.code}`} ${c.change}`;

/**
 * The change log, `data/history/changes.yaml`: every change the sync made, newest first, and the day the
 * catalog was last compared with BigML's page.
 */
export const changeLogSchema = z
	.strictObject({
		/** The day of the BigML page the catalog was last brought in line with, changes or none. */
		lastSync: isoDate.optional(),
		/** Every change, newest first. */
		changes: z.array(changeSchema, { error: 'must be a list of changes (write `changes: []` for none)' }),
	})
	.superRefine((log, ctx) => {
		const seen = new Map<string, number>();
		log.changes.forEach((entry, index) => {
			const previous = log.changes[index - 1];
			if (previous && entry.date > previous.date) {
				ctx.addIssue({
					code: 'custom',
					path: ['changes', index, 'date'],
					message: `${entry.date} is newer than changes[${index - 1}] (${previous.date}): list changes newest first`,
				});
			}
			const key = changeKey(entry);
			const first = seen.get(key);
			if (first === undefined) seen.set(key, index);
			else {
				ctx.addIssue({
					code: 'custom',
					path: ['changes', index],
					message: `repeats changes[${first}] (${key}): record each change once`,
				});
			}
		});
		const newest = log.changes[0]?.date;
		if (log.lastSync !== undefined && newest !== undefined && log.lastSync < newest) {
			ctx.addIssue({
				code: 'custom',
				path: ['lastSync'],
				message: `${log.lastSync} is older than the newest change (${newest}): every change comes from a sync, so lastSync is at least its date`,
			});
		}
	});

/** The change log. */
export type ChangeLog = z.infer<typeof changeLogSchema>;

/**
 * What the change log says that the catalog must bear out: each change names a group of the catalog, and
 * each code change a code of that group (codes are retired, never deleted, so they stay). Returns the
 * path of every entry that does not, with what is wrong.
 */
export function changeLogIssues(
	log: ChangeLog,
	groups: readonly { slug: string; codes: readonly { code: number }[] }[],
): { path: (string | number)[]; message: string }[] {
	const bySlug = new Map(groups.map((g) => [g.slug, new Set(g.codes.map((c) => c.code))]));
	return log.changes.flatMap((entry, index) => {
		const codes = bySlug.get(entry.group);
		if (!codes) {
			return [
				{
					path: ['changes', index, 'group'],
					message: `"${entry.group}" is not a group of the catalog: name the group by its slug (its file name in data/)`,
				},
			];
		}
		if (entry.code !== undefined && !codes.has(entry.code)) {
			return [
				{
					path: ['changes', index, 'code'],
					message: `${entry.code} is not a code of ${entry.group}: a code stays in its group once added (retire it, never delete it)`,
				},
			];
		}
		return [];
	});
}
