import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { compareCatalog } from '../../tools/lib/catalog-diff.ts';
import { planWrite } from '../../tools/lib/catalog-write.ts';
import { pageOf } from '../support/bigml-pages.ts';

const groups = readCatalog('data');
const source = readFileSync('data/source.yaml', 'utf8');
const http = readFileSync('data/http.yaml', 'utf8');
const DATE = '2026-12-02';
/** A text YAML cannot hold plain: a colon and a space, a hash after a space, quotes, a trailing space. */
const AWKWARD = 'Bad source: "x.csv" #2 isn\'t readable ';

/** Writes the planned files into a copy of data/ and reads it back as the build would. */
function readBack(files: Map<string, string>) {
	const dir = join(mkdtempSync(join(tmpdir(), 'written-')), 'data');
	cpSync('data', dir, { recursive: true });
	mkdirSync(join(dir, 'history'), { recursive: true });
	for (const [slug, text] of files) writeFileSync(join(dir, `${slug}.yaml`), text);
	return readCatalog(dir);
}

test('only the lines BigML changed change: a text replaced, a code retired, a code added where the table has it, before the comment', () => {
	const page = pageOf(groups);
	const table = page.find((s) => s.heading === 'Source Error Code Summary')!;
	table.rows = table.rows.filter((r) => r.code !== -2004);
	table.rows.find((r) => r.code === -2002)!.text = AWKWARD;
	table.rows.push({ code: -2008, text: 'The source could not be cloned properly' });
	const plan = planWrite({
		diff: compareCatalog(groups, page),
		groups,
		files: new Map([['source', source]]),
		changeLog: undefined,
		date: DATE,
	});

	const expected = source
		.replace('    text: The source could not be created\n', `    text: ${JSON.stringify(AWKWARD)}\n`)
		.replace('    kind: cannot-delete\n', `    kind: cannot-delete\n    retired: ${DATE}\n`)
		.replace(
			'    kind: faulty\n\n',
			'    kind: faulty\n  - code: -2008\n    text: The source could not be cloned properly\n    kind: cannot-clone\n\n',
		);
	expect([...plan.files.keys()]).toEqual(['source']);
	expect(plan.files.get('source')).toBe(expected);
	const written = readBack(plan.files).find((g) => g.slug === 'source')!;
	expect(written.codes.find((c) => c.code === -2002)!.text).toBe(AWKWARD);
	expect(written.codes.find((c) => c.code === -2004)!.retired).toBe(DATE);
});

test('a name changed, added or removed is the name line alone', () => {
	const page = pageOf(groups);
	const rows = page.find((s) => s.heading === 'HTTP Status Code Summary')!.rows;
	rows.find((r) => r.code === 429)!.name = 'Too Many Requests (slow down)';
	const plan = planWrite({
		diff: compareCatalog(groups, page),
		groups,
		files: new Map([['http', http]]),
		changeLog: undefined,
		date: DATE,
	});
	expect(plan.files.get('http')).toBe(
		http.replace('    name: Too Many Requests\n', '    name: Too Many Requests (slow down)\n'),
	);
});

test('a renamed heading is the heading line alone; a file with nothing to change is not rewritten', () => {
	const library = readFileSync('data/library.yaml', 'utf8');
	const page = pageOf(groups);
	page.find((s) => s.heading === 'Whizzml Library Error Code Summary')!.heading = 'WhizzML Library Error Code Summary';
	const plan = planWrite({
		diff: compareCatalog(groups, page),
		groups,
		files: new Map([
			['library', library],
			['source', source],
		]),
		changeLog: undefined,
		date: DATE,
	});
	expect([...plan.files.keys()]).toEqual(['library']);
	expect(plan.files.get('library')).toBe(library.replace('heading: Whizzml Library', 'heading: WhizzML Library'));
});
