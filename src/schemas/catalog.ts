import { z } from 'astro/zod';
import { groupSchema, type Group } from './group.ts';
import { familyNumber, familyRange } from './numbering.ts';

/** What a folder entry is, as the build finds it on disk. */
export const ENTRY_TYPES = ['file', 'folder', 'other'] as const;

/** One entry of a folder the build reads: its name and what it is. */
export const folderEntrySchema = z.strictObject({
	/** The entry's name in its folder, such as `model.yaml` or `guidance`. */
	name: z.string(),
	/** `other` is anything that is neither a plain file nor a folder (a broken link, a socket). */
	type: z.enum(ENTRY_TYPES),
});

/** A folder entry. */
export type FolderEntry = z.infer<typeof folderEntrySchema>;

/** A catalog or guidance file may not exceed this size: a real group is a few kilobytes. Checked before reading. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Group files are named after their slug: `model.yaml`, `linear-regression.yaml`. */
export const GROUP_FILE = /^(?<slug>.+)\.yaml$/;

/**
 * The folders the catalog folder (`data/`) may hold besides its group files,
 * and who reads each: every entry of `data/` is read by someone, or refused.
 */
export const CATALOG_SUBFOLDERS = {
	/** What to tell the person who got a code, one file per group type (src/schemas/guidance.ts). */
	guidance: 'the guidance for each kind, read by src/build/guidance-fs.ts',
	/** The catalog's change log, `history/changes.yaml`, read and checked by its own reader. */
	history: "the catalog's change log (changes.yaml), read by its own reader",
	/** What to write in code for each kind, in Python and Node.js (src/schemas/recipe.ts). */
	recipes: 'the code recipes for each kind, read by src/build/recipes-fs.ts',
	/** Numbers that look like BigML.io codes but are not (src/schemas/not-code.ts). */
	'not-codes': 'the numbers that are not BigML.io codes, read by src/build/not-codes-fs.ts',
} as const;

/** What `data/` may hold, as a sentence for messages. */
const HOLDS = `a catalog folder holds group files (<slug>.yaml) and the folders ${Object.keys(CATALOG_SUBFOLDERS)
	.map((name) => `${name}/`)
	.join(', ')}`;

/** The stem of a file name, without its last extension: `model` for `model.yml`. */
const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/** Why an entry has no place in a folder, and what to do about it, from its name and type. */
export function strayEntryMessage(entry: FolderEntry, holds: string): string {
	if (entry.type === 'folder') return `is a folder the build does not know: ${holds}; move what it holds out of it`;
	if (entry.type === 'other')
		return `is neither a file nor a folder (a link?): ${holds}; replace it with the file itself`;
	if (/\.yml$/i.test(entry.name) || /\.yaml$/i.test(entry.name)) {
		return `ends in ${entry.name.slice(entry.name.lastIndexOf('.'))}, which the build does not read: ${holds}; rename it ${stem(entry.name).toLowerCase()}.yaml`;
	}
	if (/\.json$/i.test(entry.name)) {
		return `is JSON, which the build does not read (its codes would vanish from the site): ${holds}; convert it to YAML as ${stem(entry.name)}.yaml, or move it out`;
	}
	return `is not a file the build reads: ${holds}; move it out of the folder${entry.name.startsWith('.') ? ' or delete it' : ''}`;
}

/**
 * Everything in the catalog folder is either read or refused by name, so a
 * group saved in the wrong format (`model.json`, `model.yml`) or a stray note
 * never vanishes silently while the build passes. The folder must hold at least
 * one group file. Issues are at `[index]` of the listing, or `[]` for the folder.
 */
export const catalogFolderSchema = z.array(folderEntrySchema).superRefine((entries, ctx) => {
	entries.forEach((entry, index) => {
		// Own keys only: a folder named "constructor" is no known folder.
		const folder = Object.hasOwn(CATALOG_SUBFOLDERS, entry.name)
			? CATALOG_SUBFOLDERS[entry.name as keyof typeof CATALOG_SUBFOLDERS]
			: undefined;
		if (entry.type === 'file' && GROUP_FILE.test(entry.name)) return;
		if (folder !== undefined && entry.type === 'folder') return;
		ctx.addIssue({
			code: 'custom',
			path: [index],
			message:
				folder !== undefined ? `must be a folder: ${entry.name}/ holds ${folder}` : strayEntryMessage(entry, HOLDS),
		});
	});
	if (!entries.some((entry) => entry.type === 'file' && GROUP_FILE.test(entry.name))) {
		ctx.addIssue({
			code: 'custom',
			path: [],
			message: 'holds no .yaml file: the catalog needs at least one group; add one (<slug>.yaml, see CONTRIBUTING.md)',
		});
	}
});

/** The group files of a valid catalog folder listing, in name order. */
export const groupFiles = (entries: readonly FolderEntry[]) =>
	entries
		.filter((entry) => entry.type === 'file' && GROUP_FILE.test(entry.name))
		.map((entry) => entry.name)
		.sort();

/**
 * One group file: its name in the catalog folder and its content. The slug is
 * the permanent URL, and the file is named after it (`model.yaml` holds
 * `slug: model`), so a slug is found from its file and no two files share one.
 */
export const groupFileSchema = z
	.strictObject({
		/** The file's name in its folder, such as `model.yaml`. */
		name: z.string(),
		/** The group it holds. */
		group: groupSchema,
	})
	.superRefine(({ name, group }, ctx) => {
		const expected = name.replace(GROUP_FILE, '$<slug>');
		if (group.slug !== expected) {
			ctx.addIssue({
				code: 'custom',
				path: ['group', 'slug'],
				message: `slug "${group.slug}" does not match the file name: the slug is the permanent URL, so name the file "${group.slug}.yaml" or set slug: ${expected}`,
			});
		}
	});

/** A group of the catalog, with the file it was read from. */
export interface CatalogEntry {
	/** The file, as problems name it (`data/model.yaml`). */
	file: string;
	/** The group, already valid on its own ({@link groupFileSchema}). */
	group: Group;
}

/** Adds an issue about one group of the catalog, at a path within it. */
type AddIssue = (index: number, path: readonly PropertyKey[], message: string) => void;

/** Slugs and positions are unique across the catalog. */
function checkUnique(entries: readonly CatalogEntry[], add: AddIssue) {
	const bySlug = new Map<string, string>();
	const byOrder = new Map<number, string>();
	entries.forEach(({ file, group }, index) => {
		const slugOwner = bySlug.get(group.slug);
		if (slugOwner)
			add(index, ['slug'], `"${group.slug}" is already the slug of ${slugOwner}: every group needs its own slug`);
		else bySlug.set(group.slug, file);
		const orderOwner = byOrder.get(group.order);
		if (orderOwner) {
			add(index, ['order'], `${group.order} is already the order of ${orderOwner}: give this group a free position`);
		} else byOrder.set(group.order, file);
	});
}

/** A former slug keeps redirecting to its group, so no other group may take it, live or former. */
function checkFormerSlugs(entries: readonly CatalogEntry[], add: AddIssue) {
	const bySlug = new Map(entries.map(({ file, group }) => [group.slug, file]));
	const byFormer = new Map<string, string>();
	entries.forEach(({ file, group }, index) => {
		group.formerSlugs?.forEach((former, i) => {
			const live = bySlug.get(former);
			const earlier = byFormer.get(former);
			if (live && live !== file) {
				add(
					index,
					['formerSlugs', i],
					`"${former}" is the live slug of ${live}: its URLs cannot redirect here too; a slug, once published, belongs to one group for good`,
				);
			} else if (earlier) {
				add(
					index,
					['formerSlugs', i],
					`"${former}" is already a former slug of ${earlier}: its old URLs can redirect to one group only`,
				);
			} else byFormer.set(former, file);
		});
	});
}

/** `replacedBy` names a live code of the catalog, so a retired code's page never points nowhere. */
function checkReplacements(entries: readonly CatalogEntry[], add: AddIssue) {
	const codes = new Map<string, Group['codes'][number]>(
		entries.flatMap(({ group }) => group.codes.map((code) => [`${group.slug}/${code.code}`, code] as const)),
	);
	entries.forEach(({ group }, index) => {
		group.codes.forEach((code, i) => {
			if (code.replacedBy === undefined) return;
			const target = codes.get(code.replacedBy);
			const problem = (message: string) => add(index, ['codes', i, 'replacedBy'], message);
			if (code.replacedBy === `${group.slug}/${code.code}`) {
				problem('names the code itself: name the code that replaces it, or leave replacedBy out');
			} else if (!target) {
				problem(
					`"${code.replacedBy}" is not a code of the catalog: write the replacing code as group/number, such as model/-4009, and add it first`,
				);
			} else if (target.retired !== undefined) {
				problem(
					`"${code.replacedBy}" is retired too: name the code that replaces it${target.replacedBy ? ` (${target.replacedBy})` : ''}, so readers land on a live code`,
				);
			}
		});
	});
}

/** Every family has its own number in BigML's numbering (models -4xxx, datasets -3xxx). */
function checkFamilyNumbers(entries: readonly CatalogEntry[], add: AddIssue) {
	const byNumber = new Map<number, string>();
	entries.forEach(({ file, group }, index) => {
		if (group.type !== 'family') return;
		const number = familyNumber(group);
		if (number === undefined) return;
		const owner = byNumber.get(number);
		if (owner) {
			add(
				index,
				['codes'],
				`are numbered ${familyRange(number)}, like those of ${owner}: in BigML's numbering every family has its own number; give this family its own (a file copied from a neighbour keeps the neighbour's numbers)`,
			);
		} else byNumber.set(number, file);
	});
}

/**
 * The catalog as a whole, once each group file is valid on its own: what no
 * single file can tell. Slugs and positions are unique; a former slug belongs
 * to one group and is nobody's live slug; a replacement is a live code of the
 * catalog; every family has its own number. Issues are at
 * `[index, 'group', …the path within that group]`.
 */
export const catalogSchema = z
	.array(
		z.strictObject({
			file: z.string(),
			// Each group was validated on its own first, so that a broken file does not hide these rules from the others.
			group: z.custom<Group>(),
		}),
	)
	.superRefine((entries, ctx) => {
		const add: AddIssue = (index, path, message) =>
			ctx.addIssue({ code: 'custom', path: [index, 'group', ...path], message });
		checkUnique(entries, add);
		checkFormerSlugs(entries, add);
		checkReplacements(entries, add);
		checkFamilyNumbers(entries, add);
	});
