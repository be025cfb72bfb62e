import { describe, expect, test } from 'vitest';
import { codeEntrySchema } from '../../src/schemas/code.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { citationSchema } from '../../src/schemas/citation.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';

const entry = { code: -4002, kind: 'cannot-create', text: 'Your model cannot be created' };
const citation = {
	repository: 'bigmlcom/python',
	path: 'bigml/constants.py',
	commit: '73c97000235fda8ca988f20df5c57fdf4bf2f40f',
	quote: 'FINISHED = 5',
	about: 'The Python bindings define the constant',
};
const guidance = readGuidance(GUIDANCE_DIR)['cannot-create'];

/** The messages a schema gives a value, or none when it accepts it. */
const messagesOf = (
	schema: { safeParse(value: unknown): { error?: { issues: { message: string }[] } } },
	value: unknown,
) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('a text is not blank and holds no control character', () => {
	test.each([
		['spaces only', '   ', /^is blank \(spaces only\): copy BigML\.io's text/],
		[
			'a tab',
			'Your model\tcannot be created',
			/^holds a tab \(U\+0009\) at character 11, which no text here may hold: delete it/,
		],
		[
			'a line break',
			'Your model cannot be created\n',
			/^holds a line break \(U\+000A\) at character 29.*use >- instead/,
		],
		['an escape', 'Your model \u001b[31mcannot\u001b[0m be created', /^holds an escape character \(U\+001B\)/],
		['a C1 control', 'Your model\u0085cannot be created', /^holds a next-line character \(U\+0085\)/],
		['a direction mark', 'Your model \u202ecannot be created', /^holds an invisible direction mark \(U\+202E\)/],
	])("BigML.io's text with %s is refused", (_what, text, message) => {
		expect(messagesOf(codeEntrySchema, { ...entry, text })).toEqual([expect.stringMatching(message)]);
	});

	test("BigML.io's text is kept as written: a non-breaking space or a typo is its own business", () => {
		expect(messagesOf(codeEntrySchema, { ...entry, text: 'Your model cannot be\u00a0creatd ' })).toEqual([]);
	});

	test('a name of spaces only is refused, like an empty one', () => {
		expect(messagesOf(codeEntrySchema, { ...entry, name: '  ' })).toEqual([
			expect.stringMatching(/^must not be empty: write BigML\.io's name for it/),
		]);
	});

	test('guidance is held to the same rule', () => {
		expect(messagesOf(guidanceSchema, { ...guidance, label: '\u0007Cannot be created' })).toEqual([
			expect.stringMatching(/^holds a control character \(U\+0007\) at character 1/),
		]);
		expect(messagesOf(guidanceSchema, { ...guidance, actions: ['Check the request', ' '] })).toEqual([
			expect.stringMatching(/^must not be empty: write it/),
		]);
	});

	test('a quote of source code keeps its line breaks and tabs, and nothing else', () => {
		expect(messagesOf(citationSchema, { ...citation, quote: 'if code:\n\treturn 5\n' })).toEqual([]);
		expect(messagesOf(citationSchema, { ...citation, quote: 'if code:\r\n\treturn 5' })).toEqual([
			expect.stringMatching(/^holds a carriage return \(U\+000D\) at character 9/),
		]);
	});

	test("the real catalog and guidance pass: BigML.io's texts hold none of these characters", () => {
		expect(() => readCatalog('data')).not.toThrow();
		expect(() => readGuidance(GUIDANCE_DIR)).not.toThrow();
	});
});
