import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CatalogError, MAX_FILE_BYTES, type CatalogProblem } from '../../src/build/catalog-fs.ts';
import { loaderError, validFamily } from '../support/catalog-fixtures.ts';

const CORPUS = 'tests/fixtures/bad-catalogs';

/** A broken catalog folder and the problems the build must name. */
interface Case {
	name: string;
	dir: string;
	expected: CatalogProblem[];
}

/** A catalog file of 10 MB, written at test time rather than committed. */
function tenMegabyteCase(): Case {
	const dir = mkdtempSync(join(tmpdir(), 'catalog-huge-'));
	const entry = '  - code: -4002\n    text: Your model cannot be created\n';
	const text = validFamily + entry.repeat(Math.ceil((10 * 1024 * 1024) / entry.length));
	writeFileSync(join(dir, 'model.yaml'), text);
	return {
		name: 'ten-megabyte-file',
		dir,
		expected: [
			{
				file: 'model.yaml',
				at: '',
				message: `is ${text.length} bytes, over the ${MAX_FILE_BYTES} a catalog file may have`,
			},
		],
	};
}

const cases: Case[] = [
	...readdirSync(CORPUS, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => ({
			name: entry.name,
			dir: join(CORPUS, entry.name, 'catalog'),
			expected: JSON.parse(readFileSync(join(CORPUS, entry.name, 'expected.json'), 'utf8')).problems,
		})),
	tenMegabyteCase(),
];

/*
 * Each case goes through the build's own catalog loader, in-process
 * (loaderError). Astro fails the build on the loader's error and prints its
 * message, and tools/build.mjs then removes the output folder: that path is
 * built for real, once, by a-bad-catalog-fails-the-build-and-publishes-nothing.
 * A real build costs about 4 s of CPU, almost all of it Astro starting, so the
 * corpus is not built case by case.
 */

describe('every broken catalog fails the build, naming the file and the field', () => {
	test('the corpus covers the ways a catalog breaks', () => {
		expect(cases.map((c) => c.name)).toEqual(
			expect.arrayContaining([
				// Bytes and YAML.
				'truncated-yaml',
				'tab-indentation',
				'duplicate-key',
				'utf16-encoding',
				'latin1-bytes',
				'ten-megabyte-file',
				'yaml-alias-bomb',
				// What data/ holds.
				'stray-json-file',
				'yml-extension',
				'stray-text-file',
				'unknown-folder',
				// One file's schema.
				'huge-number',
				'non-integer-number',
				'empty-text',
				'blank-text',
				'control-character-in-text',
				'family-without-codes',
				'retired-date-in-the-future',
				// BigML's numbering.
				'family-code-without-minus-sign',
				'http-status-out-of-range',
				'task-status-out-of-range',
				'kind-contradicts-numbering',
				'code-outside-its-family-range',
				// The catalog as a whole.
				'former-slug-taken',
				'family-number-taken',
			]),
		);
	});

	test.each(cases)('$name is refused by the build, naming its file, field and fix', async ({ dir, expected }) => {
		const error = await loaderError(dir);
		expect(error).toBeInstanceOf(CatalogError);
		const problems = (error as CatalogError).problems;
		expect(problems.length).toBeGreaterThan(0);
		for (const want of expected) {
			expect(problems).toContainEqual({
				file: expect.stringMatching(new RegExp(`/${want.file}$`)),
				at: want.at,
				message: expect.stringContaining(want.message),
			});
		}
		// What the build prints is this error's message: one line per problem.
		for (const want of expected) expect((error as Error).message).toContain(printedLine(want));
	});
});

/** The line the build prints for a problem: "<folder>/model.yaml at codes[1] (-40021) › text: must not be empty…". */
const printedLine = (want: CatalogProblem) => `${want.file}${want.at ? ` at ${want.at}` : ''}: ${want.message}`;
