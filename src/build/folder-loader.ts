import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';

/** One entry of a collection, by its id. */
export interface FolderEntry {
	id: string;
	data: Record<string, unknown>;
}

/**
 * A content-collection loader over one folder of `data/`: `read` checks the
 * whole folder itself and throws every problem at once (file, entry, field,
 * fix), rather than Astro's schema pass naming the first only; the loader
 * stores what it returns and reloads it when a file of the folder changes.
 * Every loader of the site is one of these, so they watch and report alike.
 */
export function folderLoader(options: {
	/** The loader's name, as Astro logs it. */
	name: string;
	/** The folder, relative to the project root (`data`, `data/guidance`). */
	base: string;
	/** The entries' schema, for the collection's types. */
	schema?: z.ZodType;
	/** Reads and checks the folder; throws a CatalogError naming every problem. */
	read: (dir: string) => FolderEntry[];
	/** One line saying what was loaded, for the build's log. */
	summary: (entries: FolderEntry[]) => string;
}): Loader {
	const { name, base, schema, read, summary } = options;
	return {
		name,
		...(schema && { schema }),
		load: async ({ store, generateDigest, watcher, logger, config }) => {
			// Resolved against the project root, as Astro's own loaders do, so the build works from any directory.
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			const sync = () => {
				const entries = read(dir);
				store.clear();
				for (const { id, data } of entries) store.set({ id, data, digest: generateDigest(data) });
				logger.info(summary(entries));
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
