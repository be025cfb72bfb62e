import type { Loader } from 'astro/loaders';
import { folderLoader } from './folder-loader.ts';
import { readNotCodes } from './not-codes-fs.ts';

/** Loads `data/not-codes/` into the `notCodes` collection, one entry per number, checked by {@link readNotCodes}. */
export function notCodesLoader({ base }: { base: string }): Loader {
	return folderLoader({
		name: 'bigml-not-codes',
		base,
		read: (dir) => readNotCodes(dir).map((entry) => ({ id: String(entry.number), data: { ...entry } })),
		summary: (entries) => `${entries.length} numbers that are not BigML.io codes`,
	});
}
