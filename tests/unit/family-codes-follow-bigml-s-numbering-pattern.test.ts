import { describe, expect, test } from 'vitest';
import { parseGroupFile, readCatalog } from '../../src/build/catalog-fs.ts';
import { NUMBERING_EXCEPTIONS, numberingIssues } from '../../src/schemas/numbering.ts';
import { validFamily } from '../support/catalog-fixtures.ts';

/** The valid family (models, -4002 and -40021) with one more entry. */
const withEntry = (code: number, kind: string) =>
	validFamily.concat(`  - code: ${code}\n    kind: ${kind}\n    text: Something about the model\n`);

/** The problems of a family file, as `<at>: <message>`. */
function problemsOf(text: string, slug = 'model'): string[] {
	return (parseGroupFile(`data/${slug}.yaml`, text).problems ?? []).map((p) => `${p.at}: ${p.message}`);
}

const real = readCatalog('data');

describe("family codes follow BigML's numbering pattern, with its declared exceptions", () => {
	test('the real catalog follows it', () => {
		for (const group of real) expect(numberingIssues(group), group.slug).toEqual([]);
	});

	test('each declared exception is a code of the real catalog, of its declared kind, that the pattern would refuse', () => {
		for (const [id, { kind }] of Object.entries(NUMBERING_EXCEPTIONS)) {
			const [slug, number] = id.split('/');
			const group = real.find((g) => g.slug === slug);
			const entry = group?.codes.find((c) => c.code === Number(number));
			expect(entry?.kind, `${id} is not in the catalog`).toBe(kind);
			// Under another slug the exception no longer applies: the pattern must then refuse the code.
			const unexcepted = numberingIssues({ ...group!, slug: `${slug}-unexcepted` });
			expect(
				unexcepted.map((issue) => group!.codes[issue.index]!.code),
				id,
			).toContain(entry!.code);
		}
	});

	test.each([
		[
			-4003,
			'cannot-create',
			/^codes\[2\] \(-4003\) › kind: "cannot-create" contradicts BigML's numbering: a family code ending in 003 is "cannot-retrieve"; set kind: cannot-retrieve/,
		],
		[-4021, 'faulty', /^codes\[2\] \(-4021\) › kind: "faulty" contradicts .* ending in 021 is "cannot-create-now"/],
		[
			-4006,
			'cannot-delete',
			/^codes\[2\] \(-4006\) › code: ends in 006, but BigML's numbering ends "cannot-delete" codes in 004/,
		],
		[-4200, 'faulty', /^codes\[2\] \(-4200\) › code: ends in 200, but BigML's numbering ends "faulty" codes in 005/],
		[
			-5002,
			'cannot-create',
			/^codes\[2\] \(-5002\) › code: is outside this family's numbers: .* -4000 to -4999, and -40021;/,
		],
		[-40002, 'cannot-create', /^codes\[2\] \(-40002\) › code: is outside this family's numbers/],
		[-402, 'cannot-create', /^codes\[2\] \(-402\) › code: has fewer than four digits/],
	])('%i of kind %s is refused, naming the field to fix', (code, kind, message) => {
		expect(problemsOf(withEntry(code, kind))).toEqual([expect.stringMatching(message)]);
	});

	test.each([
		[-4000, 'not-ready'],
		[-4021, 'cannot-create-now'], // a one-digit family may also write it -N021
		[-4007, 'not-available'], // an ending the pattern does not use, with a kind it does not give
	])('%i of kind %s is accepted', (code, kind) => {
		expect(problemsOf(withEntry(code, kind))).toEqual([]);
	});

	test('a declared exception is held to its own kind instead of the pattern', () => {
		const source = (kind: string) =>
			validFamily
				.replace('slug: model', 'slug: source')
				.replace('-40021', '-2001')
				.replace('cannot-create-now', 'bad-request')
				.replace('-4002', '-2000')
				.replace('cannot-create', kind);
		expect(problemsOf(source('unreadable'), 'source')).toEqual([]);
		expect(problemsOf(source('not-ready'), 'source')).toEqual([
			expect.stringMatching(
				/^codes\[0\] \(-2000\) › kind: is "not-ready", but source\/-2000 is one of the exceptions .*; set kind: unreadable$/,
			),
		]);
	});

	test('-40021 is the "cannot be created now" of models (4) and of linear regressions (40) alike', () => {
		const linearRegression = validFamily
			.replace('slug: model', 'slug: linear-regression')
			.replace('code: -4002\n', 'code: -40002\n');
		expect(problemsOf(linearRegression, 'linear-regression')).toEqual([]);
		expect(problemsOf(validFamily)).toEqual([]);
	});

	test("a family's number is the one most of its codes fit, so the odd code out is the one named", () => {
		const text = withEntry(-4003, 'cannot-retrieve').concat('  - code: -5004\n    kind: cannot-delete\n    text: x\n');
		expect(problemsOf(text)).toEqual([expect.stringMatching(/^codes\[3\] \(-5004\) › code: is outside/)]);
	});
});
