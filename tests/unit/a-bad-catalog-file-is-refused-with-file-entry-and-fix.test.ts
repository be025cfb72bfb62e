import { describe, expect, test } from 'vitest';
import { parseGroupFile } from '../../src/build/catalog-fs.ts';
import { validFamily } from '../support/catalog-fixtures.ts';

const FILE = 'data/model.yaml';
/** Parses a variant of the valid file and returns its single problem. */
function problemsOf(text: string, file = FILE) {
	const result = parseGroupFile(file, text);
	expect(result.group, 'the file should have been refused').toBeUndefined();
	return result.problems ?? [];
}

describe('a bad catalog file is refused, naming the file, the entry and the fix', () => {
	test('the valid fixture passes, so each case below fails for its own reason', () => {
		const result = parseGroupFile(FILE, validFamily);
		expect(result.problems).toBeUndefined();
		expect(result.group?.codes).toHaveLength(2);
	});

	test('YAML syntax error: names the line and column', () => {
		const [problem] = problemsOf(validFamily.replace('title: Models', 'title: [Models'));
		expect(problem?.file).toBe(FILE);
		expect(problem?.message).toMatch(/is not valid YAML at line \d+, column \d+/);
	});

	test('tabs used for indentation are a YAML error', () => {
		const [problem] = problemsOf(validFamily.replace('  - code: -4002', '\t- code: -4002'));
		expect(problem?.message).toMatch(/is not valid YAML at line 11/);
	});

	test('a key written twice is a YAML error, not a silent overwrite', () => {
		const [problem] = problemsOf(validFamily.replace('title: Models\n', 'title: Models\ntitle: Other\n'));
		expect(problem?.message).toMatch(/is not valid YAML at line 5.*unique/i);
	});

	test('unknown key: names the key and the entry', () => {
		const problems = problemsOf(
			validFamily.replace('    text: Your model cannot be created now', '    txet: Your model cannot be created now'),
		);
		expect(problems).toContainEqual({
			file: FILE,
			at: 'codes[1] (-40021)',
			message: 'unknown key "txet": check its spelling, or remove it (the allowed keys are in src/schemas/)',
		});
	});

	test('missing field: names the field and the entry', () => {
		const problems = problemsOf(validFamily.replace('    text: Your model cannot be created now\n', ''));
		expect(problems).toContainEqual({ file: FILE, at: 'codes[1] (-40021) › text', message: 'is missing: add "text"' });
	});

	test('missing group field', () => {
		const problems = problemsOf(validFamily.replace('heading: Model Error Code Summary\n', ''));
		expect(problems).toContainEqual({ file: FILE, at: 'heading', message: 'is missing: add "heading"' });
	});

	test('wrong type: says what was expected and what was found', () => {
		expect(problemsOf(validFamily.replace('title: Models', 'title: [1, 2]'))).toEqual([
			{ file: FILE, at: 'title', message: 'must be a string, not [1,2]' },
		]);
		const [problem] = problemsOf(validFamily.replace('code: -4002', 'code: "-4002"'));
		expect(problem).toMatchObject({ at: 'codes[0] › code' });
		expect(problem?.message).toBe('must be a whole number, such as -4002 or 429, not "-4002"');
	});

	test('a non-integer code', () => {
		const [problem] = problemsOf(validFamily.replace('code: -4002', 'code: -4002.5'));
		expect(problem).toMatchObject({ at: 'codes[0] (-4002.5) › code' });
		expect(problem?.message).toBe('must be a whole number, such as -4002 or 429 (no decimals), not -4002.5');
	});

	test('a huge code', () => {
		const problems = problemsOf(validFamily.replace('code: -4002', 'code: -99999999999999999999'));
		expect(problems.map((p) => p.message)).toContain(
			'is out of range: BigML.io codes have at most 7 digits; check the number',
		);
	});

	test.each([
		['order: -1', /^must not be negative: positions count up from 0/],
		['order: 1.5', /^must be a whole number: the group's position in BigML's page, such as 100/],
		['order: first', /^must be a whole number: the group's position .*, not "first"$/],
	])('a position that is not one: %s', (line, message) => {
		expect(problemsOf(validFamily.replace('order: 100', line))).toEqual([
			expect.objectContaining({ at: 'order', message: expect.stringMatching(message) }),
		]);
	});

	test('a duplicate code within a group names both entries', () => {
		const [problem] = problemsOf(validFamily.replace('code: -40021', 'code: -4002'));
		expect(problem).toMatchObject({ at: 'codes[1] (-4002) › code' });
		expect(problem?.message).toContain('duplicates codes[0]');
	});

	test('a slug that does not match its file name', () => {
		const [problem] = problemsOf(validFamily, 'data/models.yaml');
		expect(problem).toMatchObject({ file: 'data/models.yaml', at: 'slug' });
		expect(problem?.message).toContain('does not match the file name');
	});

	test('an empty group', () => {
		const text = validFamily.slice(0, validFamily.indexOf('codes:')) + 'codes: []\n';
		const [problem] = problemsOf(text);
		expect(problem).toMatchObject({ at: 'codes', message: 'is empty: a group needs at least one code' });
	});

	test('an empty file', () => {
		const [problem] = problemsOf('');
		expect(problem?.message).toMatch(/^is empty/);
	});

	test('an empty text', () => {
		const [problem] = problemsOf(validFamily.replace('text: Your model cannot be created now', 'text: ""'));
		expect(problem).toMatchObject({ at: 'codes[1] (-40021) › text' });
	});

	test('a family without its noun or category', () => {
		const problems = problemsOf(validFamily.replace('noun: model\ncategory: supervised\n', ''));
		expect(problems.map((p) => p.at)).toEqual(['noun', 'category']);
	});

	test('an HTTP status without its name', () => {
		const text = validFamily
			.replace('type: family', 'type: http')
			.replace('code: -4002', 'code: 400\n    name: Bad Request');
		const problems = problemsOf(text);
		expect(problems).toContainEqual(expect.objectContaining({ at: 'codes[1] (-40021) › name' }));
	});

	test('bytes that are not UTF-8', () => {
		const bytes = new Uint8Array([...new TextEncoder().encode(validFamily), 0xff, 0xfe]);
		const [problem] = problemsOf(bytes as unknown as string);
		expect(problem?.message).toContain('not valid UTF-8');
	});
});
