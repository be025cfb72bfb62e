import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CatalogError, MAX_FILE_BYTES, readCatalog, type CatalogProblem } from '../../src/build/catalog-fs.ts';
import { buildSite } from '../support/build-site.ts';
import { validFamily } from '../support/catalog-fixtures.ts';

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

/** The problems a catalog folder is refused for. */
function problemsOf(dir: string): CatalogProblem[] {
	try {
		readCatalog(dir);
	} catch (error) {
		if (error instanceof CatalogError) return error.problems;
		throw error;
	}
	return [];
}

/**
 * Every case is read as the build reads it (readCatalog, the loader's own
 * call) and its error message checked; one case per stage where a catalog can
 * fail (bytes, YAML, schema, whole catalog, size) also goes through the real
 * build. A failing build costs about 4 s of CPU, almost all of it Astro
 * starting; the whole corpus through it took 75 s of CPU for the same code path.
 */
const THROUGH_THE_BUILD = new Set([
	'latin1-bytes',
	'truncated-yaml',
	'huge-number',
	'former-slug-taken',
	'ten-megabyte-file',
]);

describe('every broken catalog fails the build, naming the file and the field, and leaves no site', () => {
	test('the corpus covers the ways a catalog breaks', () => {
		expect(cases.map((c) => c.name)).toEqual(
			expect.arrayContaining([
				'truncated-yaml',
				'tab-indentation',
				'duplicate-key',
				'huge-number',
				'non-integer-number',
				'empty-text',
				'utf16-encoding',
				'latin1-bytes',
				'ten-megabyte-file',
				'family-without-codes',
			]),
		);
	});

	test.each(cases)('$name is refused with its file, field and fix', ({ dir, expected }) => {
		const problems = problemsOf(dir);
		for (const want of expected) {
			expect(problems).toContainEqual({
				file: expect.stringMatching(new RegExp(`/${want.file}$`)),
				at: want.at,
				message: expect.stringContaining(want.message),
			});
		}
		// What the build prints is this error's message: one line per problem.
		const printed = new CatalogError(problems).message;
		for (const want of expected) expect(printed).toContain(printedLine(want));
	});

	test.concurrent.each(cases.filter((c) => THROUGH_THE_BUILD.has(c.name)))(
		'$name fails the real build, prints the problem and leaves no site',
		{ timeout: 120_000 },
		async ({ dir, expected }) => {
			const build = await buildSite(dir);
			expect(build.status, build.output).toBe(1);
			expect(build.output).toMatch(/The catalog has \d+ problems?; nothing was built\./);
			for (const want of expected) expect(build.output).toContain(printedLine(want));
			expect(build.published, `${build.outDir} was left behind`).toBe(false);
		},
	);

	test('each stage of failure is built for real', () => {
		expect(cases.filter((c) => THROUGH_THE_BUILD.has(c.name))).toHaveLength(THROUGH_THE_BUILD.size);
	});
});

/** The line the build prints for a problem: "<folder>/model.yaml at codes[1] (-40021) › text: must not be empty…". */
const printedLine = (want: CatalogProblem) => `${want.file}${want.at ? ` at ${want.at}` : ''}: ${want.message}`;
