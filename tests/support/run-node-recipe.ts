import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMock, type Received, type Script } from './bigml-mock.ts';

/** How much faster than written the recipe's pauses and the binding's waits run: 1 s becomes 1 ms. */
const TIME_SCALE = 1000;
/** A recipe still running after this long has hung (a callback that never came). */
const HANG_MS = 20_000;

/** Loaded before the recipe: shrinks every timer, so a recipe that waits seconds between tries runs in milliseconds. */
const FAST_TIMERS = `const setTimeoutAsWritten = globalThis.setTimeout;
globalThis.setTimeout = (fn, ms, ...args) => setTimeoutAsWritten(fn, Math.max(1, Math.round((Number(ms) || 0) / ${TIME_SCALE})), ...args);
`;

const compileCache = mkdtempSync(join(tmpdir(), 'recipe-node-cache-'));

/** What a run of a Node recipe did. */
export interface RecipeRun {
	/** Everything it printed, stdout then stderr. */
	output: string;
	/** The lines it printed to stdout, in order. */
	lines: string[];
	/** Its exit code, or null when it was killed for hanging. */
	exitCode: number | null;
	/** What the mock of BigML.io received. */
	received: Received[];
}

/**
 * Runs a Node recipe as it is written, as a CommonJS file in a temporary
 * folder, against a mock of BigML.io that follows `script`. The real `bigml`
 * package is found through NODE_PATH and pointed at the mock by its own
 * settings (BIGML_PROTOCOL and BIGML_DOMAIN, lib/constants.js).
 */
export async function runNodeRecipe(code: string, script: Script): Promise<RecipeRun> {
	const mock = await startMock(script);
	const dir = mkdtempSync(join(tmpdir(), 'recipe-node-'));
	writeFileSync(join(dir, 'fast-timers.cjs'), FAST_TIMERS);
	writeFileSync(join(dir, 'recipe.cjs'), code);
	try {
		const child = spawn(process.execPath, ['--require', './fast-timers.cjs', 'recipe.cjs'], {
			cwd: dir,
			env: {
				PATH: process.env['PATH'],
				NODE_PATH: resolve('node_modules'),
				NODE_COMPILE_CACHE: compileCache,
				BIGML_PROTOCOL: 'http',
				BIGML_DOMAIN: `127.0.0.1:${mock.port}`,
				BIGML_USERNAME: 'recipe-test',
				BIGML_API_KEY: 'not-a-key',
				// Silent: the binding logs every refusal to the console and to bigml.log otherwise.
				BIGML_LOG_LEVEL: '0',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => child.kill(), HANG_MS);
		const exitCode = await new Promise<number | null>((done) => child.on('close', (status) => done(status)));
		clearTimeout(timer);
		return {
			output: `${stdout}${stderr}`,
			lines: stdout.split('\n').filter(Boolean),
			exitCode,
			received: [...mock.received],
		};
	} finally {
		await mock.close();
	}
}
