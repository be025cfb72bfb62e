import type { Loader } from 'astro/loaders';
import { readCatalog } from './catalog-fs.ts';
import { folderLoader } from './folder-loader.ts';
import { groupSchema } from '../schemas/group.ts';

/** Loads the YAML catalog into the `groups` collection, one entry per group, checked by {@link readCatalog}. */
export function catalogLoader({ base }: { base: string }): Loader {
	return folderLoader({
		name: 'bigml-catalog',
		base,
		schema: groupSchema,
		read: (dir) => readCatalog(dir).map((group) => ({ id: group.slug, data: group })),
		summary: (entries) =>
			`${entries.length} groups, ${entries.reduce((n, e) => n + (e.data['codes'] as unknown[]).length, 0)} codes`,
	});
}
