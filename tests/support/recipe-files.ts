import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { expect } from 'vitest';
import { CatalogError } from '../../src/build/catalog-fs.ts';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';

/** The real recipe files, parsed, by id: tests change one and check what the reader says. */
export function realRecipes(): Record<string, any> {
	return Object.fromEntries(
		readdirSync(RECIPES_DIR).map((name) => [
			name.replace(/\.yaml$/, ''),
			parse(readFileSync(join(RECIPES_DIR, name), 'utf8')),
		]),
	);
}

/** Writes a recipes folder made of the given files and returns what the reader refuses, as its message. */
export function recipeProblems(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'recipes-'));
	for (const [id, content] of Object.entries(files)) writeFileSync(join(dir, `${id}.yaml`), stringify(content));
	try {
		readRecipes(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(CatalogError);
		return (error as Error).message;
	}
	throw new Error('the recipes were accepted');
}
