import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { catalogProblems, validFamily, writeCatalog } from '../support/catalog-fixtures.ts';
import { CatalogError, readCatalog } from '../../src/build/catalog-fs.ts';

/** The one problem a catalog of the valid family plus `extra` has, as `<file name> at <at>: <message>`. */
function strayProblem(extra: Record<string, string>): string {
	const problems = catalogProblems({ 'model.yaml': validFamily, ...extra });
	return problems.map((p) => `${p.file.split('/').at(-1)} at ${p.at}: ${p.message}`).join('\n');
}

describe('every entry of the data folder is read, or refused by name', () => {
	test.each([
		['model.json', /^model\.json at : is JSON, which the build does not read .*convert it to YAML as model\.yaml/],
		['forecast.yml', /^forecast\.yml at : ends in \.yml, which the build does not read.*rename it forecast\.yaml/],
		['notes.txt', /^notes\.txt at : is not a file the build reads: .*move it out of the folder$/],
		['.DS_Store', /^\.DS_Store at : is not a file the build reads: .*or delete it$/],
		['guidance', /^guidance at : must be a folder: guidance\/ holds the guidance for each kind/],
	])('a stray %s is refused, with what to do', (name, message) => {
		expect(strayProblem({ [name]: 'x: 1\n' })).toMatch(message);
	});

	test('an unknown folder is refused by name, and what it holds is not read', () => {
		const dir = writeCatalog({ 'model.yaml': validFamily });
		mkdirSync(join(dir, 'drafts'));
		writeFileSync(join(dir, 'drafts', 'model.yaml'), 'not: [valid');
		expect(() => readCatalog(dir)).toThrow(/drafts: is a folder the build does not know: .*move what it holds out/);
	});

	test('a folder named after a built-in property of objects is no known folder', () => {
		const dir = writeCatalog({ 'model.yaml': validFamily });
		mkdirSync(join(dir, 'constructor'));
		expect(() => readCatalog(dir)).toThrow(/constructor: is a folder the build does not know/);
	});

	test('a link to nothing is refused by name', () => {
		const dir = writeCatalog({ 'model.yaml': validFamily });
		symlinkSync(join(dir, 'gone.yaml'), join(dir, 'ensemble.yaml'));
		expect(() => readCatalog(dir)).toThrow(/ensemble\.yaml: is neither a file nor a folder/);
	});

	test('the guidance and history folders are known, and left to their own readers', () => {
		const dir = writeCatalog({ 'model.yaml': validFamily });
		for (const folder of ['guidance', 'history']) {
			mkdirSync(join(dir, folder));
			writeFileSync(join(dir, folder, 'changes.yaml'), 'not read here: [');
		}
		expect(readCatalog(dir).map((g) => g.slug)).toEqual(['model']);
	});

	test('the real data folder holds nothing the build does not read', () => {
		expect(() => readCatalog('data')).not.toThrow();
	});

	test('the guidance folder refuses any file that is not the guidance of a group type', () => {
		const dir = mkdtempSync(join(tmpdir(), 'guidance-'));
		for (const name of readdirSync(GUIDANCE_DIR)) {
			writeFileSync(join(dir, name), readFileSync(join(GUIDANCE_DIR, name)));
		}
		writeFileSync(join(dir, 'family.yml'), readFileSync(join(GUIDANCE_DIR, 'family.yaml')));
		writeFileSync(join(dir, 'notes.md'), '# notes\n');
		let error: unknown;
		try {
			readGuidance(dir);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(CatalogError);
		expect((error as CatalogError).problems.map((p) => [p.file.split('/').at(-1), p.message.split(':')[0]])).toEqual([
			['family.yml', 'ends in .yml, which the build does not read'],
			['notes.md', 'is not a file the build reads'],
		]);
	});
});
