// Runs every test the project has and ends with one line counting them all:
//   checks (astro check, tsc, prettier) → unit and build tests (Vitest) → build
//   → dist tests (Vitest, facts about the built files, read in Node) → browser tests (Playwright, behaviour)
// The closing "N passed, N failed" line is what CI reads; it is also saved to
// test-results/summary.txt.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { browserFailures, formatFailures, unitFailures } from './lib/test-failures.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** How the last command run ended, for a runner that left no report (killed from outside, or crashed). */
let ended = '';
const run = (cmd, args) => {
	const { status, signal } = spawnSync(cmd, args, { stdio: 'inherit', env });
	ended = signal ? `stopped by ${signal}` : `exit status ${status}`;
	return status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const tally = { passed: 0, failed: 0, skipped: 0 };
/** Failures to list again at the end, where CI's log tail shows them. */
const failures = [];
const step = (name, ok) => {
	tally[ok ? 'passed' : 'failed'] += 1;
	if (!ok) failures.push({ title: name, message: ['    (its output is above)'] });
	console.log(`${ok ? '✓' : '✗'} ${name}`);
};

/**
 * Runs a command with its output held back, and resolves to whether it
 * succeeded and what it printed, so checks can run side by side and still
 * print one after the other.
 */
function runQuietly(cmd, args) {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}\n` }));
		child.on('close', (status) => resolve({ ok: status === 0, output }));
	});
}

console.log('\n— Checks (astro check, tsc, prettier) —');
// Prettier runs beside the two type checks, each mostly one core's work. tsc waits for astro check,
// which writes the .astro/ types it reads.
const prettier = runQuietly('prettier', ['--check', '.', '--log-level', 'warn']);
const astro = await runQuietly('astro', ['check', '--minimumSeverity', 'hint']);
process.stdout.write(astro.output);
step('astro check: no errors, warnings or hints', astro.ok);
// tsc sees what astro check does not: the scripts, tests and configs outside src/.
step('tsc: no type errors', run('tsc', ['--noEmit']));
const formatted = await prettier;
process.stdout.write(formatted.output);
step('prettier: every file is formatted', formatted.ok);

/** A TCP port free on this machine right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/**
 * Runs one Vitest project (vitest.config.ts) and counts its tests; `label`
 * names it in the closing list if it fails outside any test.
 */
function vitest(project, label) {
	const report = `test-results/${project}.json`;
	const ok = run('vitest', [
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
	]);
	const results = readJson(report);
	if (!results) return step(`${label} ran (${ended}, no report)`, false);
	tally.passed += results.numPassedTests;
	// Each failed test, and each file that failed with no failed test (it did not load, or a hook failed).
	const failed = unitFailures(results);
	tally.failed += failed.length;
	tally.skipped += results.numPendingTests + results.numTodoTests;
	failures.push(...failed);
	// An unhandled error fails the run without failing any test: it must still count.
	if (!ok && failed.length === 0) step(`${label}: no error outside a test (see "Unhandled Errors" above)`, false);
}

console.log('\n— Unit and build tests (Vitest) —');
vitest('unit', 'unit tests');

console.log('\n— Build —');
const built = run('node', ['tools/build.mjs']);
step('the site builds', built);

if (built) {
	console.log('\n— Dist tests (Vitest, the built files) —');
	vitest('dist', 'dist tests');

	console.log('\n— Browser tests (Playwright, built site) —');
	// A port nobody listens on: off CI, Playwright reuses a server it finds on its port, and on a shared
	// machine that can be another checkout's site (seen: another worktree serving on the chosen port).
	env.E2E_PORT ??= String(await freePort());
	run('playwright', ['test']);
	const e2e = readJson('test-results/e2e.json');
	if (e2e) {
		tally.passed += e2e.stats.expected + e2e.stats.flaky;
		// Each failed test, and each error outside any test (a crashed worker).
		const failed = browserFailures(e2e);
		tally.failed += failed.length;
		tally.skipped += e2e.stats.skipped;
		failures.push(...failed);
	} else step(`browser tests ran (${ended}, no report)`, false);
}

const summary = `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
const listed = formatFailures(failures);
if (listed.length) console.log(`\n${listed.join('\n')}`);
console.log(`\n${summary}`);
process.exit(tally.failed === 0 ? 0 : 1);
