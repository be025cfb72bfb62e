import { expect, test } from '@playwright/test';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';
import { recipesByKind } from '../../src/utils/recipes.ts';
import { catalog } from '../support/catalog.ts';

/** The code a reader pastes is the recipe exactly, indentation included, in the language shown. */
const recipes = recipesByKind(readRecipes(RECIPES_DIR));
const entry = catalog.entries.find((e) => e.kind === 'http-rate-limited')!;

test(`${entry.path}: each language's copy button copies that language's code as written`, async ({ page }) => {
	await page.goto(entry.path);
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
	const recipe = recipes[entry.kind];

	await page.getByRole('button', { name: 'Copy Python code' }).click();
	await expect.poll(clipboard).toBe(recipe.python.code);
	await expect(page.getByText('Python code copied to the clipboard')).toBeAttached();

	await page.getByRole('button', { name: 'Node.js', exact: true }).click();
	await page.getByRole('button', { name: 'Copy Node.js code' }).click();
	await expect.poll(clipboard).toBe(recipe.node.code);
	expect(recipe.node.code).toMatch(/\n {4}\S/);
});
