import { expect, test, type Page } from '@playwright/test';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';
import { recipesByKind } from '../../src/utils/recipes.ts';
import { catalog } from '../support/catalog.ts';

/**
 * A code page shows its recipe in Python or Node.js, as the reader picks;
 * the pick holds on every other recipe and page, the switch stays under the
 * pointer when used, and without JavaScript both languages show, one after the other.
 */
const recipes = recipesByKind(readRecipes(RECIPES_DIR));
// Two codes whose kinds have different recipes, so "remembered" means across recipes too.
const faulty = catalog.entries.find((e) => e.kind === 'status-faulty')!;
const rateLimited = catalog.entries.find((e) => e.kind === 'http-rate-limited')!;

const panel = (page: Page, language: string) => page.locator(`.recipe [data-panel="${language}"]`);
const shown = (page: Page, language: string) =>
	panel(page, language).evaluate((el) => el.checkVisibility({ visibilityProperty: true }));

test('without JavaScript both languages show, each under its name, and no switch that would do nothing', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(faulty.path);
	for (const language of ['python', 'node']) {
		expect(await shown(page, language)).toBe(true);
		await expect(panel(page, language).locator('.code-scroll pre')).toContainText(
			recipes[faulty.kind][language as 'python' | 'node'].code.split('\n')[0]!,
		);
	}
	await expect(page.getByRole('heading', { name: 'Python', exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Node.js', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Node.js' })).toBeHidden();
	await context.close();
});

test('a pick shows one language, leaves the switch in place, and holds on another recipe and after a reload', async ({
	page,
}) => {
	await page.goto(faulty.path);
	const python = page.getByRole('button', { name: 'Python', exact: true });
	const node = page.getByRole('button', { name: 'Node.js', exact: true });
	await expect(python).toHaveAttribute('aria-pressed', 'true');
	expect(await shown(page, 'python')).toBe(true);
	expect(await shown(page, 'node')).toBe(false);

	const where = () =>
		node.evaluate((el) => ({ x: el.getBoundingClientRect().x, y: el.getBoundingClientRect().y + scrollY }));
	await node.scrollIntoViewIfNeeded();
	const before = await where();
	await node.click();
	await expect(node).toHaveAttribute('aria-pressed', 'true');
	await expect(python).toHaveAttribute('aria-pressed', 'false');
	expect(await shown(page, 'node')).toBe(true);
	expect(await shown(page, 'python')).toBe(false);
	expect(await where()).toEqual(before);

	await page.goto(rateLimited.path);
	expect(recipes[rateLimited.kind].id).not.toBe(recipes[faulty.kind].id);
	await expect(page.getByRole('button', { name: 'Node.js', exact: true })).toHaveAttribute('aria-pressed', 'true');
	expect(await shown(page, 'node')).toBe(true);
	expect(await shown(page, 'python')).toBe(false);

	await page.reload();
	expect(await shown(page, 'node')).toBe(true);
	await page.getByRole('button', { name: 'Python', exact: true }).click();
	expect(await shown(page, 'python')).toBe(true);
});
