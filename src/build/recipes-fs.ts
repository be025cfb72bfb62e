import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CatalogError, fromZodIssues, parseYamlFile, type CatalogProblem } from './catalog-fs.ts';
import { checkRecipe, checkRecipeCoverage, recipeSchema, type Recipe } from '../schemas/recipe.ts';

/** Where recipes live, relative to the project root: a subfolder, so the catalog loader does not read them as groups. */
export const RECIPES_DIR = 'data/recipes';

/**
 * Reads the recipes folder: one YAML file per recipe, named after its id
 * (`wait.yaml`). Throws a {@link CatalogError} naming every problem, including
 * any kind left without a recipe, so no code page goes without one.
 */
export function readRecipes(dir: string): Recipe[] {
	const problems: CatalogProblem[] = [];
	const recipes: Recipe[] = [];
	const fileOf = new Map<string, string>();
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		throw new CatalogError([{ file: dir, at: '', message: 'cannot be read: the recipes folder is missing' }]);
	}
	for (const name of names) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path) || path;
		if (!/^[a-z][a-z0-9-]*\.yaml$/.test(name)) {
			problems.push({
				file,
				at: '',
				message: 'is not a recipe file: name each recipe <id>.yaml, in lower case with dashes (wait.yaml)',
			});
			continue;
		}
		const { data, problems: yamlProblems } = parseYamlFile(
			file,
			readFileSync(path),
			'is empty: a recipe needs title, summary, ownAdvice, branches, kinds, python and node',
		);
		if (yamlProblems) {
			problems.push(...yamlProblems);
			continue;
		}
		const result = recipeSchema.safeParse(data);
		if (!result.success) {
			problems.push(...fromZodIssues(file, result.error.issues, data));
			continue;
		}
		const issues = checkRecipe(result.data);
		problems.push(...issues.map(({ at, message }) => ({ file, at, message })));
		if (issues.length > 0) continue;
		const id = basename(name, '.yaml');
		fileOf.set(id, file);
		recipes.push({ ...result.data, id });
	}
	if (problems.length === 0) {
		for (const { id, issue } of checkRecipeCoverage(recipes)) {
			problems.push({ file: (id && fileOf.get(id)) ?? dir, at: issue.at, message: issue.message });
		}
	}
	if (problems.length > 0) throw new CatalogError(problems);
	return recipes;
}
