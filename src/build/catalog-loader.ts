import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readCatalog } from './catalog-fs.ts';
import { groupSchema } from '../schemas/group.ts';

/**
 * Loads the YAML catalog into the `groups` collection, one entry per group.
 * Validation happens in {@link readCatalog} rather than through Astro's own
 * schema pass, so that a bad catalog stops the build with every problem named
 * by file and entry instead of the first one only.
 */
export function catalogLoader({ base }: { base: string }): Loader {
	return {
		name: 'bigml-catalog',
		schema: groupSchema,
		load: async ({ store, generateDigest, watcher, logger, config }) => {
			// Resolved against the project root, as Astro's own loaders do, so the build works from any directory.
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			const sync = () => {
				const groups = readCatalog(dir);
				store.clear();
				for (const group of groups) {
					store.set({ id: group.slug, data: group, digest: generateDigest(group) });
				}
				logger.info(`${groups.length} groups, ${groups.reduce((n, g) => n + g.codes.length, 0)} codes`);
			};
			sync();
			watcher?.add(dir);
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(dir)) {
					try {
						sync();
					} catch (error) {
						logger.error((error as Error).message);
					}
				}
			});
		},
	};
}
