import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { hashFolder } from '../../src/build/catalog-version.ts';
import { EXIT, main } from '../../tools/catalog-sync.ts';
import { hasSource, SOURCE_PATH } from '../support/bigml-source.ts';
import { pageOf, renderHtml, renderText } from '../support/bigml-pages.ts';

let dir: string;
let output: string[];
const run = (...args: string[]) =>
	main(
		args,
		(line) => output.push(line),
		(line) => output.push(line),
	);
const page = (text: string, name = 'page.txt') => {
	const file = join(dir, '..', name);
	writeFileSync(file, text);
	return file;
};

beforeEach(() => {
	dir = join(mkdtempSync(join(tmpdir(), 'sync-')), 'data');
	cpSync('data', dir, { recursive: true });
	process.env['CATALOG_DIR'] = dir;
	output = [];
});

test.skipIf(!hasSource())("the shared text of BigML's page: no difference, exit 0", () => {
	expect(run(SOURCE_PATH)).toBe(EXIT.same);
	expect(output.at(-1)).toBe("No difference: the catalog matches BigML's page.");
});

test('a page with a difference: exit 1 and the difference printed; nothing written without --write', () => {
	const sections = pageOf(readCatalog(dir));
	sections[3]!.rows[0]!.text += ' now';
	const before = hashFolder(dir);
	expect(run(page(renderHtml(sections), 'page.html'))).toBe(EXIT.differs);
	expect(output.join('\n')).toContain(`~ ${sections[3]!.rows[0]!.code} text changed:`);
	expect(hashFolder(dir)).toBe(before);
});

test.each([
	['an empty file', ''],
	[
		'another page',
		'<html><head><title>Pricing</title></head><body><h2>Plans</h2><table><tr><td>1</td><td>Free</td></tr></table></body></html>',
	],
	['a page cut short', renderText(pageOf(readCatalog('data'))).slice(0, 4000)],
])(
	'%s: exit 2, a message saying what was expected and found, and nothing changed even with --write',
	(_what, content) => {
		const before = hashFolder(dir);
		expect(run('--write', page(content))).toBe(EXIT.cannot);
		expect(output.join('\n')).toMatch(
			/cannot be read as BigML's page, so nothing was compared or changed\.\n {2}Expected: .+\n {2}Found: {4}.+/,
		);
		expect(hashFolder(dir)).toBe(before);
	},
);

test('after --write, the same page again has no difference, and a code it retired is not gone again', () => {
	const sections = pageOf(readCatalog(dir));
	const gone = sections[5]!.rows.pop()!;
	const file = page(renderText(sections));
	expect(run('--write', '--date', '2026-12-02', file)).toBe(EXIT.differs);
	expect(
		readCatalog(dir)
			.flatMap((g) => g.codes)
			.find((c) => c.code === gone.code && c.text === gone.text)?.retired,
	).toBe('2026-12-02');
	output = [];
	expect(run(file)).toBe(EXIT.same);
	expect(output.at(-1)).toBe("No difference: the catalog matches BigML's page.");
});
