import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';
import { PYTHON_NAMES, PYTHON_STDLIB, pythonImports } from '../../src/schemas/recipe.ts';
import { realRecipes, recipeProblems } from '../support/recipe-files.ts';

/** Compiles Python source with the machine's python3; returns its complaint, or '' when it compiles. */
function compile(code: string): string {
	const file = join(mkdtempSync(join(tmpdir(), 'recipe-py-')), 'recipe.py');
	writeFileSync(file, code);
	const run = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8' });
	if (run.error) throw run.error;
	return run.status === 0 ? '' : run.stderr;
}

describe('Python recipes compile and import only what the bindings export', () => {
	const recipes = readRecipes(RECIPES_DIR);

	test.each(recipes.map((r) => [r.id, r] as const))('%s compiles', (_id, recipe) => {
		expect(compile(recipe.python.code)).toBe('');
	});

	test.each(recipes.map((r) => [r.id, r] as const))(
		'%s imports only names bigml.api and bigml.exceptions export',
		(_id, recipe) => {
			const imports = pythonImports(recipe.python.code);
			expect(imports.some((i) => i.module === 'bigml.api' && i.names.includes('BigML'))).toBe(true);
			for (const { module, names } of imports) {
				if ((PYTHON_STDLIB as readonly string[]).includes(module)) continue;
				expect(Object.keys(PYTHON_NAMES), recipe.id).toContain(module);
				for (const name of names) expect(PYTHON_NAMES[module], `${recipe.id}: ${module}.${name}`).toContain(name);
			}
		},
	);

	test('the compile check catches broken code', () => {
		expect(compile('if True:\nprint("not indented")\n')).toMatch(/IndentationError|SyntaxError/);
	});

	test('a recipe importing a name the bindings do not export is refused', () => {
		const files = realRecipes();
		files['fix-request'].python.code = files['fix-request'].python.code.replace(
			'import BigML, HTTP_CREATED',
			'import BigML, HTTP_CREATED, HTTP_CONFLICT',
		);
		expect(recipeProblems(files)).toMatch(
			/fix-request\.yaml at python › code: imports HTTP_CONFLICT from bigml\.api, which is not among the names it is known to export/,
		);
	});

	test('a recipe importing from another module of the bindings is refused', () => {
		const files = realRecipes();
		files['wait'].python.code = `from bigml.util import get_exponential_wait\n${files['wait'].python.code}`;
		expect(recipeProblems(files)).toMatch(/wait\.yaml at python › code: imports "bigml\.util"/);
	});
});
