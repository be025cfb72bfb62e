import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readRecipes } from './recipes-fs.ts';
import { recipeSchema } from '../schemas/recipe.ts';

/**
 * Loads `data/recipes/` into the `recipes` collection, one entry per recipe.
 * Like the other loaders, it validates the whole folder itself, so a broken
 * recipe or a kind without one stops the build with every problem named.
 */
export function recipesLoader({ base }: { base: string }): Loader {
	return {
		name: 'bigml-recipes',
		schema: recipeSchema,
		load: async ({ store, generateDigest, watcher, logger, config }) => {
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			const sync = () => {
				const recipes = readRecipes(dir);
				store.clear();
				for (const { id, ...data } of recipes) store.set({ id, data, digest: generateDigest(data) });
				logger.info(`${recipes.length} code recipes`);
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
