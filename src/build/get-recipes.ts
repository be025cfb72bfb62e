import { getCollection } from 'astro:content';
import { recipesByKind } from '../utils/recipes.ts';
import type { Recipe, RecipeByKind } from '../schemas/recipe.ts';

let recipes: Promise<RecipeByKind> | undefined;

/** The recipe of every kind, read from the content collection once per build. */
export function getRecipes(): Promise<RecipeByKind> {
	recipes ??= getCollection('recipes').then((entries) =>
		recipesByKind(entries.map((e) => ({ ...(e.data as Omit<Recipe, 'id'>), id: e.id }))),
	);
	return recipes;
}
