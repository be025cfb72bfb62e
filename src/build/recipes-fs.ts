import { CatalogError } from './catalog-fs.ts';
import { readYamlFolder } from './yaml-folder-fs.ts';
import { checkRecipe, checkRecipeCoverage, recipeSchema, type Recipe } from '../schemas/recipe.ts';

/** Where recipes live, relative to the project root: a subfolder, so the catalog loader does not read them as groups. */
export const RECIPES_DIR = 'data/recipes';

/**
 * Reads the recipes folder: one YAML file per recipe, named after its id
 * (`wait.yaml`). Throws a {@link CatalogError} naming every problem, including
 * any kind left without a recipe, so no code page goes without one.
 */
export function readRecipes(dir: string): Recipe[] {
	const { files, problems } = readYamlFolder(dir, {
		what: 'the recipes folder',
		name: /^[a-z][a-z0-9-]*\.yaml$/,
		misnamed: 'is not a recipe file: name each recipe <id>.yaml, in lower case with dashes (wait.yaml)',
		empty: 'is empty: a recipe needs title, summary, ownAdvice, branches, kinds, python and node',
		schema: recipeSchema,
	});
	const recipes: Recipe[] = [];
	const fileOf = new Map<string, string>();
	for (const { file, id, data } of files) {
		const issues = checkRecipe(data);
		problems.push(...issues.map(({ at, message }) => ({ file, at, message })));
		if (issues.length > 0) continue;
		fileOf.set(id, file);
		recipes.push({ ...data, id });
	}
	if (problems.length === 0) {
		for (const { id, issue } of checkRecipeCoverage(recipes)) {
			problems.push({ file: (id && fileOf.get(id)) ?? dir, at: issue.at, message: issue.message });
		}
	}
	if (problems.length > 0) throw new CatalogError(problems);
	return recipes;
}
