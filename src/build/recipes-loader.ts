import type { Loader } from 'astro/loaders';
import { folderLoader } from './folder-loader.ts';
import { readRecipes } from './recipes-fs.ts';
import { recipeSchema } from '../schemas/recipe.ts';

/** Loads `data/recipes/` into the `recipes` collection, one entry per recipe, checked by {@link readRecipes}. */
export function recipesLoader({ base }: { base: string }): Loader {
	return folderLoader({
		name: 'bigml-recipes',
		base,
		schema: recipeSchema,
		read: (dir) => readRecipes(dir).map(({ id, ...data }) => ({ id, data })),
		summary: (entries) => `${entries.length} code recipes`,
	});
}
