// Compares the catalog with BigML.io's "Status Codes" page as a maintainer saved it, and with --write
// brings the catalog in line, recording every change in data/history/changes.yaml.
//   npm run catalog:sync -- [--write] [--date YYYY-MM-DD] <saved page: text or HTML>
// Exit status: 0 nothing differs; 1 something differs (with --write: and was applied); 2 nothing was
// compared or written (the file is not BigML's page, or the catalog could not be read or written).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, styleText } from 'node:util';
import { CatalogError, readCatalog } from '../src/build/catalog-fs.ts';
import { catalogDir } from '../src/build/catalog-version.ts';
import { CHANGE_LOG_FILE, readChangeLog } from '../src/build/changes-fs.ts';
import type { Group } from '../src/schemas/group.ts';
import { PageFormatError, readBigmlPage, type BigmlPage } from './lib/bigml-page.ts';
import { compareCatalog } from './lib/catalog-diff.ts';
import { planWrite, type WritePlan } from './lib/catalog-write.ts';
import { formatDiff, formatWrite, plain, type Paint } from './lib/sync-report.ts';

/** The exit statuses a scheduled job reads. */
export const EXIT = { same: 0, differs: 1, cannot: 2 } as const;

const USAGE = `Usage: npm run catalog:sync -- [--write] [--date YYYY-MM-DD] <file>

Compares data/ with BigML.io's "Status Codes" page saved as <file> (its text, or the page saved as HTML).
  --write   apply the differences to data/ and record them in data/${CHANGE_LOG_FILE}
  --date    the day the page was saved (default: today); retired codes and the log carry it
Exit status: 0 no difference, 1 differences (applied with --write), 2 nothing compared or written.`;

/** Today as an ISO date, in UTC like every date the site shows. */
const today = () => new Date().toISOString().slice(0, 10);

/** The file of each group in the catalog folder, by slug (`model` → `data/model.yaml`). */
function groupFiles(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir)
			.filter((name) => /\.ya?ml$/.test(name))
			.map((name) => [name.replace(/\.ya?ml$/, ''), join(dir, name)]),
	);
}

/**
 * Writes the plan into a copy of the catalog folder and reads the copy back with the build's own readers,
 * so a change that would break the build (a retired code still named by a `replacedBy`, a clashing slug)
 * is refused before anything in the real folder changes. Throws the readers' {@link CatalogError}.
 */
function writeChecked(dir: string, plan: WritePlan, files: Map<string, string>): void {
	const copy = join(mkdtempSync(join(tmpdir(), 'catalog-sync-')), 'data');
	try {
		cpSync(dir, copy, { recursive: true });
		const targets = (root: string) => [
			...[...plan.files].map(
				([slug, text]) => [join(root, relative(dir, files.get(slug) ?? join(dir, `${slug}.yaml`))), text] as const,
			),
			[join(root, CHANGE_LOG_FILE), plan.changeLog] as const,
		];
		const write = (root: string) => {
			for (const [path, text] of targets(root)) {
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, text);
			}
		};
		write(copy);
		try {
			readChangeLog(copy, readCatalog(copy));
		} catch (error) {
			if (!(error instanceof CatalogError)) throw error;
			// Name the real files, not the copy's.
			throw new CatalogError(error.problems.map((p) => ({ ...p, file: join(dir, relative(copy, resolve(p.file))) })));
		}
		write(dir);
	} finally {
		rmSync(dirname(copy), { recursive: true, force: true });
	}
}

/** Runs the command; returns its exit status. */
export function main(
	args: string[],
	out: (line: string) => void = console.log,
	err: (line: string) => void = console.error,
): number {
	let values: { write?: boolean; date?: string; help?: boolean };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args,
			allowPositionals: true,
			options: { write: { type: 'boolean' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		}));
	} catch (error) {
		err(`${(error as Error).message}\n\n${USAGE}`);
		return EXIT.cannot;
	}
	if (values.help) {
		out(USAGE);
		return EXIT.same;
	}
	const [file, ...extra] = positionals;
	if (file === undefined || extra.length > 0) {
		err(USAGE);
		return EXIT.cannot;
	}
	const date = values.date ?? today();
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(date) ||
		Number.isNaN(Date.parse(date)) ||
		new Date(date).toISOString().slice(0, 10) !== date
	) {
		err(`--date ${date} is not an ISO date such as 2026-12-02: give the day the page was saved.`);
		return EXIT.cannot;
	}
	const dir = catalogDir();

	let page: BigmlPage;
	try {
		if (!existsSync(file)) throw new PageFormatError('a saved copy of the page', `no file at ${file}`);
		page = readBigmlPage(file);
	} catch (error) {
		if (!(error instanceof PageFormatError)) throw error;
		err(`${file} cannot be read as BigML's page, so nothing was compared or changed.`);
		err(`  Expected: ${error.expected}.`);
		err(`  Found:    ${error.found}.`);
		err('Save https://bigml.com/api/status_codes again, whole (as text or as HTML), and run the sync on that file.');
		return EXIT.cannot;
	}

	let groups: Group[];
	try {
		groups = readCatalog(dir);
		readChangeLog(dir, groups);
	} catch (error) {
		if (!(error instanceof CatalogError)) throw error;
		err(`${error.message}\nThe catalog must be valid before it is compared: nothing was compared or changed.`);
		return EXIT.cannot;
	}

	const diff = compareCatalog(groups, page.sections);
	const rows = page.sections.reduce((n, s) => n + s.rows.length, 0);
	// A wrong or partial page would otherwise read as most of the catalog gone, and --write would retire it.
	if (diff.matched * 2 < diff.expected) {
		err(`${file} cannot be read as BigML's page, so nothing was compared or changed.`);
		err(`  Expected: BigML's "Status Codes" page, with most of the catalog's ${diff.expected} tables.`);
		err(
			`  Found:    ${page.sections.length} table${page.sections.length === 1 ? '' : 's'} (${page.sections
				.slice(0, 3)
				.map((s) => `"${s.heading}"`)
				.join(', ')}${page.sections.length > 3 ? ', …' : ''}), of which ${diff.matched} the catalog has.`,
		);
		return EXIT.cannot;
	}

	const files = groupFiles(dir);
	const fileOf = (slug: string) => files.get(slug) ?? join(dir, `${slug}.yaml`);
	const paint: Paint = process.stdout.isTTY
		? (text, kind) =>
				styleText(
					kind === 'removed' ? ['red', 'strikethrough'] : kind === 'added' ? ['green', 'underline'] : 'bold',
					text,
				)
		: plain;
	const codes = groups.reduce((n, g) => n + g.codes.length, 0);
	out(
		`Compared ${dir}/ (${groups.length} groups, ${codes} codes) with ${file} (BigML's page as ${page.form}: ${page.sections.length} tables, ${rows} rows).`,
	);
	for (const line of formatDiff(diff, fileOf, paint)) out(line);
	const differs = diff.groups.length > 0;

	if (values.write) {
		const plan = planWrite({
			diff,
			groups,
			files: new Map([...files].map(([slug, path]) => [slug, readFileSync(path, 'utf8')])),
			changeLog: existsSync(join(dir, CHANGE_LOG_FILE)) ? readFileSync(join(dir, CHANGE_LOG_FILE), 'utf8') : undefined,
			date,
		});
		try {
			writeChecked(dir, plan, files);
		} catch (error) {
			if (!(error instanceof CatalogError)) throw error;
			err(`\nThese changes would leave the catalog invalid, so nothing was written:\n${error.message}`);
			return EXIT.cannot;
		}
		if (differs) for (const line of formatWrite(plan, fileOf, join(dir, CHANGE_LOG_FILE))) out(line);
		else out(`Recorded the sync in ${join(dir, CHANGE_LOG_FILE)} (lastSync: ${date}).`);
	} else if (differs) {
		out('Run again with --write to apply them to the catalog.');
	}
	return differs ? EXIT.differs : EXIT.same;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main(process.argv.slice(2));
}
