import type { Loader } from 'astro/loaders';
import { folderLoader } from './folder-loader.ts';
import { readGuidance } from './guidance-fs.ts';
import { guidanceSchema } from '../schemas/guidance.ts';

/** Loads `data/guidance/` into the `guidance` collection, one entry per kind, checked by {@link readGuidance}. */
export function guidanceLoader({ base }: { base: string }): Loader {
	return folderLoader({
		name: 'bigml-guidance',
		base,
		schema: guidanceSchema,
		read: (dir) => Object.entries(readGuidance(dir)).map(([kind, data]) => ({ id: kind, data })),
		summary: (entries) => `guidance for ${entries.length} kinds`,
	});
}
