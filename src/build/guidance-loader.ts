import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readGuidance } from './guidance-fs.ts';
import { guidanceSchema } from '../schemas/guidance.ts';

/**
 * Loads `data/guidance/` into the `guidance` collection, one entry per kind.
 * Like the catalog loader, it validates the whole folder itself so that a
 * missing or broken guidance stops the build with every problem named.
 */
export function guidanceLoader({ base }: { base: string }): Loader {
	return {
		name: 'bigml-guidance',
		schema: guidanceSchema,
		load: async ({ store, generateDigest, watcher, logger, config }) => {
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			const sync = () => {
				const guidance = readGuidance(dir);
				store.clear();
				for (const [kind, data] of Object.entries(guidance)) {
					store.set({ id: kind, data, digest: generateDigest(data) });
				}
				logger.info(`guidance for ${Object.keys(guidance).length} kinds`);
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
