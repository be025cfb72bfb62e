import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readNotCodes } from './not-codes-fs.ts';

/**
 * Loads `data/not-codes/` into the `notCodes` collection, one entry per
 * number, after checking the whole folder (see {@link readNotCodes}).
 */
export function notCodesLoader({ base }: { base: string }): Loader {
	return {
		name: 'bigml-not-codes',
		load: async ({ store, generateDigest, watcher, logger, config }) => {
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			const sync = () => {
				const numbers = readNotCodes(dir);
				store.clear();
				for (const entry of numbers) {
					const data = { ...entry };
					store.set({ id: String(entry.number), data, digest: generateDigest(data) });
				}
				logger.info(`${numbers.length} numbers that are not BigML.io codes`);
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
