import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readCatalog } from './catalog-fs.ts';
import { readChangeLog } from './changes-fs.ts';
import { changeLogSchema } from '../schemas/change.ts';

/** The id of the collection's one entry: the log is one file, read and checked as a whole. */
export const CHANGE_LOG_ENTRY = 'log';

/**
 * Loads the change log (`<catalog folder>/history/changes.yaml`) into the `changes` collection, as one
 * entry. Like the catalog loader, it validates the file itself, and checks it against the catalog (each
 * change names a group and code that exist), so a bad log stops the build naming file, entry and fix.
 */
export function changeLogLoader({ base }: { base: string }): Loader {
	return {
		name: 'bigml-change-log',
		schema: changeLogSchema,
		load: async ({ store, generateDigest, watcher, logger, config }) => {
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			const sync = () => {
				const log = readChangeLog(dir, readCatalog(dir));
				store.clear();
				store.set({ id: CHANGE_LOG_ENTRY, data: log, digest: generateDigest(log) });
				logger.info(`${log.changes.length} changes recorded${log.lastSync ? `, last sync ${log.lastSync}` : ''}`);
			};
			sync();
			watcher?.add(dir);
			watcher?.on('all', (_event, path) => {
				if (!path.startsWith(dir)) return;
				try {
					sync();
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
