import type { Kind } from '../schemas/kind.ts';
import type { BindingNote, Recipe, RecipeByKind } from '../schemas/recipe.ts';

/** The recipe of each kind, from recipes that cover every kind once (as the build checks). */
export function recipesByKind(recipes: readonly Recipe[]): RecipeByKind {
	return Object.fromEntries(
		recipes.flatMap((recipe) => Object.keys(recipe.kinds).map((kind) => [kind as Kind, recipe])),
	) as RecipeByKind;
}

/** The notes a page of one kind shows: those for every kind of the recipe, and those for this kind. */
export function notesFor(notes: readonly BindingNote[], kind: Kind): BindingNote[] {
	return notes.filter((note) => !note.kinds || note.kinds.includes(kind));
}
