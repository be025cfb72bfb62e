import { z } from 'astro/zod';

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
} as const;

/** What `data/` may hold, as a sentence for messages. */
const HOLDS = `a catalog folder holds group files (<slug>.yaml) and the folders ${Object.keys(CATALOG_SUBFOLDERS)
	.map((name) => `${name}/`)
	.join(' and ')}`;

/** The stem of a file name, without its last extension: `model` for `model.yml`. */
const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/** Why an entry has no place in a folder, and what to do about it, from its name and type. */
export function strayEntryMessage(entry: FolderEntry, holds: string, renameTo = (s: string) => `${s}.yaml`): string {
	if (entry.type === 'folder') return `is a folder the build does not know: ${holds}; move what it holds out of it`;
	if (entry.type === 'other')
		return `is neither a file nor a folder (a link?): ${holds}; replace it with the file itself`;
	if (/\.yml$/i.test(entry.name) || /\.yaml$/i.test(entry.name)) {
		return `ends in ${entry.name.slice(entry.name.lastIndexOf('.'))}, which the build does not read: ${holds}; rename it ${renameTo(stem(entry.name).toLowerCase())}`;
	}
	if (/\.json$/i.test(entry.name)) {
		return `is JSON, which the build does not read (its codes would vanish from the site): ${holds}; convert it to YAML as ${renameTo(stem(entry.name))}, or move it out`;
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
		const folder = CATALOG_SUBFOLDERS[entry.name as keyof typeof CATALOG_SUBFOLDERS];
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
