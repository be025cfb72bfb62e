import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PageFormatError, parseBigmlPage, readBigmlPage, type PageSection } from '../../tools/lib/bigml-page.ts';
import { renderHtml, renderText } from '../support/bigml-pages.ts';

const sections: PageSection[] = [
	{ heading: 'HTTP Status Code Summary', rows: [{ code: 429, name: 'Too Many Requests', text: 'Slow down.' }] },
	{
		heading: 'Model Error Code Summary',
		rows: [
			{ code: -4001, text: 'Bad request to create a model' },
			{ code: -4002, text: 'Your model cannot be created' },
		],
	},
	{ heading: 'Ensemble Error Code Summary', rows: [{ code: -8001, text: 'Bad request to create an ensemble' }] },
];

/** The refusal a content gets, or a failure when it is read as a page. */
function refusal(read: () => unknown): PageFormatError {
	try {
		read();
	} catch (error) {
		if (error instanceof PageFormatError) return error;
		throw error;
	}
	throw new Error("the content was read as BigML's page");
}

/** Reads bytes through a file, as the sync does. */
const readBytes = (bytes: Uint8Array | string) => () => {
	const file = join(mkdtempSync(join(tmpdir(), 'page-')), 'page');
	writeFileSync(file, bytes);
	return readBigmlPage(file);
};

test.each([
	['an empty file', '', /Status Codes/, /^an empty file$/],
	['a file of blank lines', '\n \n\t\n', /Status Codes/, /^an empty file$/],
	['bytes that are not UTF-8', new Uint8Array([0x43, 0x6f, 0x64, 0xe9, 0x0a]), /Status Codes/, /not UTF-8/],
	[
		"another text (this project's README)",
		readFileSync('README.md'),
		/table of code/,
		/no table header .* starting "# BigML\.io status and error codes"/,
	],
	[
		'another HTML page',
		'<!doctype html><html><head><title>Hello</title></head><body><table><tr><td>a</td></tr></table></body></html>',
		/Status Codes/,
		/HTML with 1 table and no table of codes, titled "Hello"/,
	],
	[
		'the text cut before its last tables',
		renderText(sections).split('Model Error Code Summary\n\n')[0]!,
		/"Jump to:" list/,
		/none under "Model Error Code Summary", "Ensemble Error Code Summary": the file looks cut short/,
	],
	[
		'the text cut inside its last table',
		renderText(sections).split('\n\n[Documentation]')[0]!,
		/go on after its last table/,
		/ends inside the "Ensemble Error Code Summary" table, after -8001/,
	],
	[
		'the text cut in the middle of a row',
		`${renderText(sections).split('\n\n[Documentation]')[0]!}\n-80`,
		/go on after its last table/,
		/ends inside the "Ensemble Error Code Summary" table, after -8001/,
	],
	[
		'the HTML cut short',
		renderHtml(sections).slice(0, renderHtml(sections).indexOf('Your model cannot')),
		/closing <\/html>/,
		/cut short/,
	],
])('%s is refused, saying what was expected and what was found', (_what, content, expected, found) => {
	const error = refusal(readBytes(content));
	expect(error.expected).toMatch(expected);
	expect(error.found).toMatch(found);
});

test('a row with more columns than code, name and text is refused with its number', () => {
	const text = renderText(sections).replace('-4002\tYour model', '-4002\tone\ttwo\tYour model');
	const error = refusal(() => parseBigmlPage(text));
	expect(error.expected).toBe('a row of code, optional name and text');
	expect(error.found).toMatch(/^4 columns for -4002 at line \d+$/);
});

test('a number twice in one table is refused: a group holds a number once', () => {
	const text = renderText(sections).replace('-4002\tYour model', '-4001\tYour model');
	expect(refusal(() => parseBigmlPage(text)).found).toMatch(/-4001 twice in "Model Error Code Summary"/);
});
