import { describe, expect, test } from 'vitest';
import { CatalogError, parseGroupFile, readCatalog } from '../../src/build/catalog-fs.ts';
import { catalogSchema } from '../../src/schemas/catalog.ts';
import { fromFolderIssues } from '../../src/schemas/problem.ts';
import { renumbered, validFamily, writeCatalog } from '../support/catalog-fixtures.ts';

/** Reads a catalog folder and returns the error it throws. */
function errorOf(dir: string): CatalogError {
	try {
		readCatalog(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(CatalogError);
		return error as CatalogError;
	}
	throw new Error('the catalog should have been refused');
}

describe('the catalog folder is checked as a whole', () => {
	test('a duplicate slug across files is refused, naming the file that has it first', () => {
		// Two folders, since within one a slug is its file's name: the rule still holds for the catalog as a whole.
		const group = parseGroupFile('model.yaml', validFamily).group!;
		const entries = [
			{ file: 'a/model.yaml', group },
			{ file: 'b/model.yaml', group: { ...group, order: 110, codes: [] } },
		];
		const problems = fromFolderIssues('.', catalogSchema.safeParse(entries).error?.issues ?? [], entries);
		expect(problems).toEqual([
			{
				file: 'b/model.yaml',
				at: 'slug',
				message: '"model" is already the slug of a/model.yaml: every group needs its own slug',
			},
		]);
	});

	test('two groups may not share a position', () => {
		const dir = writeCatalog({
			'model.yaml': validFamily,
			'other.yaml': renumbered(validFamily, 'other', 100, 8),
		});
		const error = errorOf(dir);
		expect(error.problems).toEqual([
			expect.objectContaining({
				at: 'order',
				message: expect.stringMatching(/100 is already the order of .*model\.yaml/),
			}),
		]);
	});

	test('every problem of every file is reported at once, in one message', () => {
		const dir = writeCatalog({
			'model.yaml': validFamily.replace('code: -4002', 'code: -4002.5'),
			'other.yaml': validFamily
				.replace('slug: model', 'slug: other')
				.replace('order: 100', 'order: 110')
				.replace('title: Models', 'titel: Models'),
		});
		const error = errorOf(dir);
		expect(error.problems).toHaveLength(3);
		expect(error.message).toMatch(/^The catalog has 3 problems; nothing was built\./);
		expect(error.message).toMatch(/other\.yaml at title: is missing: add "title"/);
		expect(error.message).toMatch(/model\.yaml at codes\[0\] \(-4002\.5\) › code: must be a whole number/);
		expect(error.message).toMatch(/other\.yaml: unknown key "titel"/);
		expect(error.message).toContain('CONTRIBUTING.md');
	});

	test('a folder with no group is refused', () => {
		expect(errorOf(writeCatalog({})).message).toContain('holds no .yaml file');
	});

	test('two families may not share a number, as a copied neighbour would', () => {
		const dir = writeCatalog({
			'ensemble.yaml': renumbered(validFamily, 'ensemble', 110, 8),
			'model.yaml': validFamily,
			'other.yaml': renumbered(validFamily, 'other', 120, 8),
		});
		expect(errorOf(dir).problems).toEqual([
			{
				file: expect.stringMatching(/other\.yaml$/),
				at: 'codes',
				message: expect.stringMatching(
					/^are numbered -8000 to -8999, and -80021, like those of .*ensemble\.yaml: in BigML's numbering every family has its own number/,
				),
			},
		]);
	});

	test('a valid folder gives its groups in catalog order', () => {
		const dir = writeCatalog({
			'a.yaml': renumbered(validFamily, 'a', 200, 8),
			'model.yaml': validFamily,
		});
		expect(readCatalog(dir).map((g) => g.slug)).toEqual(['model', 'a']);
	});
});
