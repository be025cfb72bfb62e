import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';

/** Validates built files in a worker thread and resolves to their problems. */
const validate = (files: string[]) =>
	new Promise<string[]>((resolve, reject) => {
		const worker = new Worker(new URL('../support/validate-html-worker.ts', import.meta.url), {
			workerData: { dir: DIST, files },
		});
		worker.once('message', resolve);
		worker.once('error', reject);
		// Settles nothing once the problems came; otherwise says the thread died before answering.
		worker.once('exit', (code) =>
			reject(new Error(`The validator thread stopped with code ${code} before answering.`)),
		);
	});

/**
 * Every HTML file of the built site, validated with html-validate's recommended
 * rules (configured once in .htmlvalidate.json), whatever route built it. The
 * slowest check of the dist tests, so the files are shared out between worker
 * threads, one per core.
 */
test('every page is valid HTML', { timeout: 180_000 }, async () => {
	const files = builtPages().map((page) => page.file);
	const threads = Math.max(2, availableParallelism());
	const shares = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
	const problems = (await Promise.all(shares.map(validate))).flat();
	expect(files.length).toBeGreaterThan(0);
	expect(problems, 'html-validate found problems (rules: .htmlvalidate.json)').toEqual([]);
});
