import { describe, expect, test } from 'vitest';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { KINDS } from '../../src/schemas/kind.ts';
import { LANGUAGES } from '../../src/schemas/recipe.ts';
import { recipesByKind } from '../../src/utils/recipes.ts';
import { realRecipes, recipeProblems } from '../support/recipe-files.ts';

describe('every kind has one recipe, in Python and in Node', () => {
	const recipes = readRecipes(RECIPES_DIR);
	const byKind = recipesByKind(recipes);

	test('every kind, and so every code of the catalog, has a recipe with code in both languages', () => {
		expect(Object.keys(byKind).sort()).toEqual([...KINDS].sort());
		for (const group of readCatalog('data')) {
			for (const entry of group.codes) {
				const recipe = byKind[entry.kind];
				for (const language of LANGUAGES) {
					expect(recipe[language].code.trim(), `${group.slug}/${entry.code} in ${language}`).not.toBe('');
				}
			}
		}
	});

	test('a kind left without a recipe is named, with where to add it', () => {
		const files = realRecipes();
		delete files['back-off'].kinds['cannot-create-now'];
		expect(recipeProblems(files)).toMatch(/recipes-\w+ at cannot-create-now: has no recipe: add "cannot-create-now"/);
	});

	test('a kind claimed by two recipes is named in the second file', () => {
		const files = realRecipes();
		files['fix-request'].kinds['http-rate-limited'] = 'refused';
		expect(recipeProblems(files)).toMatch(
			/fix-request\.yaml at kinds › http-rate-limited: already has a recipe \(back-off\)/,
		);
	});

	test('a recipe without one of its languages is refused, naming the field', () => {
		const files = realRecipes();
		delete files['wait'].node;
		expect(recipeProblems(files)).toMatch(/wait\.yaml at node: is missing: add "node"/);
	});

	test('a kind that does not exist is refused', () => {
		const files = realRecipes();
		files['wait'].kinds['still-thinking'] = 'finished';
		expect(recipeProblems(files)).toMatch(/wait\.yaml at kinds › still-thinking: is not a kind/);
	});

	test('a kind must reach a branch the recipe declares, and each branch prints the same words in both languages', () => {
		const files = realRecipes();
		files['wait'].kinds['status-faulty'] = 'exploded';
		files['back-off'].node.code = files['back-off'].node.code.replaceAll('Waiting', 'Pausing');
		const message = recipeProblems(files);
		expect(message).toMatch(/wait\.yaml at kinds › status-faulty: names the branch "exploded"/);
		expect(message).toMatch(/back-off\.yaml at branches › waiting: the Node\.js code never prints "Waiting"/);
	});
});
