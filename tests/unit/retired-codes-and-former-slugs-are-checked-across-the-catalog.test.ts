import { describe, expect, test } from 'vitest';
import { catalogProblems, renumbered, validFamily } from '../support/catalog-fixtures.ts';

/** The valid family with extra lines after the entry for `code`. */
const withLines = (code: number, lines: string) =>
	validFamily.replace(new RegExp(`(  - code: ${code}\\n    text: [^\\n]*\\n)`), `$1${lines}`);
const other = renumbered(validFamily, 'ensemble', 110, 8).replace('title: Models', 'title: Ensembles');

describe('retired codes and former slugs are checked across the catalog', () => {
	test('a retired code with a replacement in another group reads', () => {
		expect(
			catalogProblems({
				'model.yaml': withLines(-4002, '    retired: 2025-03-31\n    replacedBy: ensemble/-80021\n'),
				'ensemble.yaml': other,
			}),
		).toEqual([]);
	});

	test('a retirement date must be an ISO date', () => {
		expect(catalogProblems({ 'model.yaml': withLines(-4002, '    retired: 31/03/2025\n') })).toEqual([
			expect.objectContaining({
				at: 'codes[0] (-4002) › retired',
				message: expect.stringMatching(/^must be the ISO date the code was retired, such as 2025-03-31/),
			}),
		]);
	});

	test.each([
		['2025-02-30', /^must be the ISO date the code was retired, such as 2025-03-31: a real day/],
		['2999-03-31', /^is in the future \(today is \d{4}-\d{2}-\d{2}\): a code is retired on the day BigML\.io stopped/],
	])('a retirement date must be a real day, not in the future: %s is refused', (date, message) => {
		expect(catalogProblems({ 'model.yaml': withLines(-4002, `    retired: ${date}\n`) })).toEqual([
			expect.objectContaining({ at: 'codes[0] (-4002) › retired', message: expect.stringMatching(message) }),
		]);
	});

	test('a code retired today is accepted', () => {
		const today = new Date().toISOString().slice(0, 10);
		expect(catalogProblems({ 'model.yaml': withLines(-4002, `    retired: ${today}\n`) })).toEqual([]);
	});

	test('a replacement needs the code to be retired', () => {
		expect(catalogProblems({ 'model.yaml': withLines(-4002, '    replacedBy: model/-40021\n') })).toEqual([
			expect.objectContaining({
				at: 'codes[0] (-4002) › replacedBy',
				message: expect.stringMatching(/needs "retired"/),
			}),
		]);
	});

	test.each([
		['model/-4009', /"model\/-4009" is not a code of the catalog/],
		['models/-40021', /"models\/-40021" is not a code of the catalog/],
		['model/-4002', /names the code itself/],
		['-4002', /must name the replacing code as group\/number/],
	])('replacedBy: %s is refused', (target, message) => {
		const problems = catalogProblems({
			'model.yaml': withLines(-4002, `    retired: 2025-03-31\n    replacedBy: "${target}"\n`),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				file: expect.stringMatching(/model\.yaml$/),
				at: expect.stringMatching(/replacedBy$/),
				message: expect.stringMatching(message),
			}),
		]);
	});

	test('a replacement that is itself retired is refused, naming its own replacement', () => {
		const problems = catalogProblems({
			'model.yaml': withLines(-4002, '    retired: 2025-03-31\n    replacedBy: ensemble/-8002\n'),
			'ensemble.yaml': renumbered(
				withLines(-4002, '    retired: 2024-01-01\n    replacedBy: ensemble/-80021\n'),
				'ensemble',
				110,
				8,
			),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				message: expect.stringMatching(/"ensemble\/-8002" is retired too: .*\(ensemble\/-80021\)/),
			}),
		]);
	});

	test("a former slug may not be a live slug, nor another group's former slug", () => {
		const problems = catalogProblems({
			'model.yaml': validFamily.replace('slug: model\n', 'slug: model\nformerSlugs: [ensemble, old]\n'),
			'ensemble.yaml': other.replace('slug: ensemble\n', 'slug: ensemble\nformerSlugs: [old]\n'),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				file: expect.stringMatching(/model\.yaml$/),
				at: 'formerSlugs[0]',
				message: expect.stringMatching(/^"ensemble" is the live slug of .*ensemble\.yaml/),
			}),
			expect.objectContaining({
				file: expect.stringMatching(/model\.yaml$/),
				at: 'formerSlugs[1]',
				message: expect.stringMatching(/^"old" is already a former slug of .*ensemble\.yaml/),
			}),
		]);
	});

	test('a former slug may not repeat, nor be the current slug, and must be a slug', () => {
		const problems = catalogProblems({
			'model.yaml': validFamily.replace('slug: model\n', 'slug: model\nformerSlugs: [old, old, model, Old_Models]\n'),
		});
		expect(problems.map((p) => [p.at, p.message.split(':')[0]])).toEqual([
			['formerSlugs[3]', 'must be lowercase words joined by hyphens, such as "linear-regression"'],
			['formerSlugs[1]', '"old" is listed twice'],
			['formerSlugs[2]', '"model" is the current slug'],
		]);
	});
});
