import type { Loader } from 'astro/loaders';
import { readCatalog } from './catalog-fs.ts';
import { readChangeLog } from './changes-fs.ts';
import { folderLoader } from './folder-loader.ts';
import { changeLogSchema } from '../schemas/change.ts';

/** The id of the collection's one entry: the log is one file, read and checked as a whole. */
export const CHANGE_LOG_ENTRY = 'log';

/**
 * Loads the change log (`<catalog folder>/history/changes.yaml`) into the `changes` collection, as one
 * entry. Like the catalog loader, it validates the file itself, and checks it against the catalog (each
 * change names a group and code that exist), so a bad log stops the build naming file, entry and fix.
 */
export function changeLogLoader({ base }: { base: string }): Loader {
	return folderLoader({
		name: 'bigml-change-log',
		base,
		schema: changeLogSchema,
		read: (dir) => [{ id: CHANGE_LOG_ENTRY, data: readChangeLog(dir, readCatalog(dir)) }],
		summary: ([entry]) => {
			const log = entry?.data as { changes: unknown[]; lastSync?: string } | undefined;
			return `${log?.changes.length ?? 0} changes recorded${log?.lastSync ? `, last sync ${log.lastSync}` : ''}`;
		},
	});
}
