import { describe, expect, test } from 'vitest';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';
import { BINDINGS, LANGUAGES } from '../../src/schemas/recipe.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { realRecipes, recipeProblems } from '../support/recipe-files.ts';

describe('every source a recipe cites is complete', () => {
	const recipes = readRecipes(RECIPES_DIR);

	test('every note names repository, path and full commit, quotes a passage and says what it shows', () => {
		for (const recipe of recipes) {
			for (const language of LANGUAGES) {
				for (const note of recipe[language].notes) {
					const where = `${recipe.id} › ${language} › ${note.path}`;
					expect(note.repository, where).toBe(BINDINGS[language].repository);
					expect(note.commit, where).toBe(BINDINGS[language].commit);
					expect(note.path.trim(), where).not.toBe('');
					expect(note.quote.trim(), where).not.toBe('');
					expect(note.about.trim(), where).not.toBe('');
				}
			}
		}
	});

	test('the Node notes quote the code of the bigml version the tests run the recipes against', () => {
		expect(packageJson.devDependencies.bigml).toBe(BINDINGS.node.version);
	});

	test('a note without its commit is refused, naming file and field', () => {
		const files = realRecipes();
		delete files['wait'].node.notes[0].commit;
		expect(recipeProblems(files)).toMatch(/wait\.yaml at node › notes\[0\] › commit: is missing: add "commit"/);
	});

	test('a note quoting another version of the binding is refused, with the commit to quote', () => {
		const files = realRecipes();
		files['back-off'].python.notes[0].commit = '04d65ee92683e62b43f237e886cc1c9b99189948';
		expect(recipeProblems(files)).toMatch(
			new RegExp(
				`back-off\\.yaml at python › notes\\[0\\]: quotes bigmlcom/python at 04d65ee: .*${BINDINGS.python.commit}`,
			),
		);
	});

	test('a note with an empty quote is refused', () => {
		const files = realRecipes();
		files['fix-request'].node.notes[1].quote = '';
		expect(recipeProblems(files)).toMatch(/fix-request\.yaml at node › notes\[1\] › quote: must not be empty/);
	});

	test('a note meant for a kind the recipe does not serve is refused', () => {
		const files = realRecipes();
		files['back-off'].node.notes[3].kinds = ['http-not-found'];
		expect(recipeProblems(files)).toMatch(
			/back-off\.yaml at node › notes\[3\] › kinds: "http-not-found" is not one of the recipe's kinds/,
		);
	});
});
