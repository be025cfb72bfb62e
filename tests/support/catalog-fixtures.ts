import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { CatalogError, readCatalog, type CatalogProblem } from '../../src/build/catalog-fs.ts';
import { catalogLoader } from '../../src/build/catalog-loader.ts';

/** A small valid family file; tests break one thing in it at a time. */
export const validFamily = `slug: model
order: 100
type: family
title: Models
noun: model
category: supervised
resource: model
heading: Model Error Code Summary
description: Errors when creating a model.
codes:
  - code: -4002
    text: Your model cannot be created
    kind: cannot-create
  - code: -40021
    text: Your model cannot be created now
    kind: cannot-create-now
`;

/**
 * The valid family under another slug, position and number, for catalogs of
 * several families: `renumbered(validFamily, 'ensemble', 110, 8)` holds -8002 and
 * -80021, since every family has its own number in BigML's numbering.
 */
export const renumbered = (text: string, slug: string, order: number, number: number) =>
	text
		.replace('slug: model', `slug: ${slug}`)
		.replace('order: 100', `order: ${order}`)
		.replaceAll('-40021', number < 10 ? `-${number}0021` : `-${number}021`)
		.replaceAll('-4002', `-${number}002`);

/** Writes files into a fresh temporary catalog folder and returns its path. */
export function writeCatalog(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

/** Writes a catalog folder and returns the problems `readCatalog` finds in it (none when it reads). */
export function catalogProblems(files: Record<string, string | Uint8Array>): CatalogProblem[] {
	try {
		readCatalog(writeCatalog(files));
		return [];
	} catch (error) {
		if (error instanceof CatalogError) return error.problems;
		throw error;
	}
}

/**
 * Runs the build's own catalog loader (the one src/content.config.ts gives
 * Astro, on `$CATALOG_DIR`) on a folder, in-process, and returns the error it
 * stops the build with, or undefined when it loads.
 */
export async function loaderError(dir: string): Promise<unknown> {
	const context = {
		store: { clear() {}, set: () => true },
		generateDigest: () => '',
		logger: { info() {}, error() {}, warn() {} },
		config: { root: pathToFileURL(`${process.cwd()}/`) },
	} as unknown as LoaderContext;
	try {
		await catalogLoader({ base: dir }).load(context);
	} catch (error) {
		return error;
	}
	return undefined;
}
