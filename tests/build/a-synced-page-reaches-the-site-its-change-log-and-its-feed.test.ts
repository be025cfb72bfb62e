import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { entryId } from '../../src/build/change-feed.ts';
import { hashFolder } from '../../src/build/catalog-version.ts';
import type { Change } from '../../src/schemas/change.ts';
import { readChangeLog } from '../../src/build/changes-fs.ts';
import { readableDay } from '../../src/utils/dates.ts';
import { changeAnchor, changePath } from '../../src/utils/paths.ts';
import { checkAtom, children, only } from '../support/atom.ts';
import { pageOf, renderHtml } from '../support/bigml-pages.ts';
import { attr, HtmlDocument } from '../support/html.ts';

/** The headline of a code page: BigML's text for a family code. */
const headline = (page: HtmlDocument) => page.text(page.first('span', (s) => attr(s, 'class') === 'headline'));

/** What a command run in the copy printed, and how it ended. */
interface Run {
	status: number | null;
	output: string;
}

/** Runs a command in a folder, as a maintainer would in a terminal there. */
function run(cwd: string, command: string, args: string[]): Promise<Run> {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	delete env['CATALOG_DIR'];
	const child = spawn(command, args, { cwd, env });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

// The day of the last recorded sync: a later day may still be in the future, which the build refuses for a
// retirement, and an earlier one would not move the log's lastSync.
const DATE = readChangeLog('data', readCatalog('data')).lastSync ?? new Date().toISOString().slice(0, 10);
const DAY = readableDay(DATE);
const ADDED = { group: 'model', code: -4009, text: 'The model could not be frozen' };
const REWORDED = { group: 'time-series', code: -30021, text: 'The time series cannot be created at this time' };
const DROPPED = { group: 'ensemble', code: -8008 };

let copy: string;
let sync: Run;
let again: Run;
let permalinks: Run;
let read: (path: string) => string;
const before = readCatalog('data');
const old = (group: string, code: number) => before.find((g) => g.slug === group)!.codes.find((c) => c.code === code)!;
const changes: Change[] = [
	{
		date: DATE,
		group: DROPPED.group,
		code: DROPPED.code,
		change: 'retired',
		old: old(DROPPED.group, DROPPED.code).text,
	},
	{ date: DATE, group: ADDED.group, code: ADDED.code, change: 'added', new: ADDED.text },
	{
		date: DATE,
		group: REWORDED.group,
		code: REWORDED.code,
		change: 'text',
		old: old(REWORDED.group, REWORDED.code).text,
		new: REWORDED.text,
	},
];

beforeAll(async () => {
	// A copy of the project, so the sync writes data/ and permalinks.json there and never here.
	copy = mkdtempSync(join(tmpdir(), 'project-'));
	for (const name of [
		'src',
		'tools',
		'data',
		'public',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
		'permalinks.json',
		'.htmlvalidate.json',
	]) {
		cpSync(name, join(copy, name), { recursive: true });
	}
	// The packages, linked one by one: Astro keeps its data store in node_modules/.astro, which stays the copy's own.
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync('node_modules').filter((n) => !['.astro', '.vite', '.cache'].includes(n))) {
		symlinkSync(join(process.cwd(), 'node_modules', name), join(copy, 'node_modules', name));
	}

	// BigML's page as the catalog has it, saved as HTML, after BigML added, reworded and dropped a code.
	const sections = pageOf(before);
	const rows = (slug: string) => sections.find((s) => s.heading === before.find((g) => g.slug === slug)!.heading)!;
	rows(ADDED.group).rows.push({ code: ADDED.code, text: ADDED.text });
	rows(REWORDED.group).rows.find((r) => r.code === REWORDED.code)!.text = REWORDED.text;
	rows(DROPPED.group).rows = rows(DROPPED.group).rows.filter((r) => r.code !== DROPPED.code);
	writeFileSync(join(copy, 'status-codes.html'), renderHtml(sections));

	sync = await run(copy, 'npm', ['run', '-s', 'catalog:sync', '--', '--write', '--date', DATE, 'status-codes.html']);
	again = await run(copy, 'npm', ['run', '-s', 'catalog:sync', '--', 'status-codes.html']);
	const build = await run(copy, 'npm', ['run', '-s', 'build']);
	expect(build.status, build.output).toBe(0);
	permalinks = await run(copy, 'node', ['tools/permalinks.mjs', '--update', 'dist']);
	read = (path) => readFileSync(join(copy, 'dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
});

describe('a page synced with --write reaches the site, its change log and its feed', () => {
	test('the sync reports the three differences, exits 1, and then finds none on the same page', () => {
		expect(sync.status, sync.output).toBe(1);
		expect(sync.output).toContain(`+ ${ADDED.code} added: "${ADDED.text}"`);
		expect(sync.output).toContain(`~ ${REWORDED.code} text changed:`);
		expect(sync.output).toContain(`- ${DROPPED.code} gone from BigML's page`);
		expect(sync.output).toMatch(new RegExp(`model/${ADDED.code}: \\S+ \\(GUESS`));
		expect(again.status, again.output).toBe(0);
	});

	test("the new code has its page, saying when it was added; the reworded text replaced BigML's old one in its group only", () => {
		const added = new HtmlDocument(read(`/errors/${ADDED.group}/${ADDED.code}/`));
		expect(headline(added)).toBe(ADDED.text);
		expect(added.text(added.first('p', (p) => attr(p, 'class') === 'code-history'))).toMatch(
			new RegExp(`^Added to this site on ${DAY}`),
		);

		const reworded = new HtmlDocument(read(`/errors/${REWORDED.group}/${REWORDED.code}/`));
		expect(headline(reworded)).toBe(REWORDED.text);
		expect(reworded.text(reworded.first('p', (p) => attr(p, 'class') === 'code-history'))).toContain(
			`it was ${changes[2]!.old}.`,
		);
		const namesake = new HtmlDocument(read(`/errors/dataset/${REWORDED.code}/`));
		expect(headline(namesake)).toBe(old('dataset', REWORDED.code).text);
		expect(namesake.first('p', (p) => attr(p, 'class') === 'code-history')).toBeUndefined();
	});

	test('the dropped code keeps its page, marked retired on the day of the page', () => {
		const page = new HtmlDocument(read(`/errors/${DROPPED.group}/${DROPPED.code}/`));
		expect(page.text(page.first('title'))).toContain('(retired)');
		expect(page.text(page.first('div', (d) => attr(d, 'role') === 'note'))).toMatch(
			new RegExp(`^Retired code\\. BigML\\.io stopped documenting it on ${DAY}\\.`),
		);
	});

	test('/changes/ lists each change at its anchor, which each code page links to', () => {
		const page = new HtmlDocument(read('/changes/'));
		for (const change of changes) {
			const item = page.first('li', (li) => attr(li, 'id') === changeAnchor(change));
			expect(item, changeAnchor(change)).toBeDefined();
			expect(page.text(item)).toContain(change.new ?? change.old!);
			const codePage = new HtmlDocument(read(`/errors/${change.group}/${change.code}/`));
			expect(codePage.all('a', (a) => attr(a, 'href') === changePath(change))).toHaveLength(1);
		}
		expect(page.text(page.first('p', (p) => attr(p, 'class') === 'status'))).toBe(
			`Last compared with BigML.io's page on ${DAY}, and brought in line with it.`,
		);
	});

	test('the feed is valid Atom with one entry per change, by its permanent id, linking to the code page', () => {
		const feed = checkAtom(read('/changes.xml'));
		const entries = new Map(children(feed, 'entry').map((e) => [only(e, 'id'), e]));
		for (const change of changes) {
			const entry = entries.get(entryId(change));
			expect(entry, `${change.group}/${change.code}`).toBeDefined();
			expect(children(entry!, 'link')[0]!.getAttribute('href')).toMatch(
				new RegExp(`/errors/${change.group}/${change.code}/$`),
			);
		}
	});

	test('the catalog version moved, and every page the change touched is valid HTML', async () => {
		const { version } = JSON.parse(read('/catalog.json')) as { version: { hash: string } };
		expect(version.hash).toBe(hashFolder(join(copy, 'data')));
		expect(version.hash).not.toBe(hashFolder('data'));
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const paths = ['/changes/', ...changes.map((c) => `/errors/${c.group}/${c.code}/`)];
		for (const path of paths) {
			const report = await validator.validateFile(join(copy, 'dist', path, 'index.html'));
			expect(report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.message}`))).toEqual([]);
		}
	});

	test('permalinks:update after the sync loses no URL and adds the new code', () => {
		expect(permalinks.status, permalinks.output).toBe(0);
		const urls = new Set<string>(JSON.parse(readFileSync(join(copy, 'permalinks.json'), 'utf8')).urls);
		for (const url of JSON.parse(readFileSync('permalinks.json', 'utf8')).urls as string[]) expect(urls).toContain(url);
		expect(urls).toContain(`/errors/${ADDED.group}/${ADDED.code}/`);
		expect(urls).toContain(`/codes/${ADDED.code}/`);
	});
});
