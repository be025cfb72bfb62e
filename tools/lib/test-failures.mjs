// What failed, in a few lines each, for the end of `npm test`: CI keeps only
// the tail of the output, where a runner's own report of a failure has long
// scrolled away.

/** Lines of an error message kept per failure. */
const LINES = 4;
/** Failures listed; the rest are counted. */
const MAX = 20;

// Colour codes the runners put in their messages.
const plain = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const head = (message) =>
	plain(message)
		.split('\n')
		.map((line) => line.trimEnd())
		.filter(Boolean)
		.slice(0, LINES)
		.map((line) => `    ${line}`);

/**
 * The failed tests of a Vitest JSON report, each with the start of its message.
 * @param {any} report Vitest's `--reporter=json` output.
 * @returns {{ title: string, message: string[] }[]}
 */
export function unitFailures(report) {
	return (report?.testResults ?? []).flatMap((file) => {
		const failed = file.assertionResults.filter((t) => t.status === 'failed');
		// A file that failed to load has no test of its own to blame.
		if (file.status === 'failed' && failed.length === 0) return [{ title: file.name, message: head(file.message) }];
		return failed.map((t) => ({ title: `${file.name} › ${t.fullName}`, message: head(t.failureMessages?.[0]) }));
	});
}

/**
 * The failed tests of a Playwright JSON report, and the errors that belong to no
 * test (a worker that crashed between tests, a failing web server).
 * @param {any} report Playwright's `json` reporter output.
 * @returns {{ title: string, message: string[] }[]}
 */
export function browserFailures(report) {
	/** @type {{ title: string, message: string[] }[]} */
	const found = [];
	const walk = (suite, path) => {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests)
				if (test.status === 'unexpected') {
					const result = test.results.at(-1);
					found.push({
						// A config without projects gives every test an empty project name.
						title: `${test.projectName ? `[${test.projectName}] ` : ''}${spec.file} › ${[...path, spec.title].join(' › ')}`,
						message: head(result?.error?.message ?? result?.status),
					});
				}
		for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
	};
	for (const suite of report?.suites ?? []) walk(suite, []);
	for (const error of report?.errors ?? [])
		found.push({ title: 'an error outside any test', message: head(error.message) });
	return found;
}

/**
 * The failures as lines to print, at most MAX of them.
 * @param {{ title: string, message: string[] }[]} failures
 */
export function formatFailures(failures) {
	if (failures.length === 0) return [];
	const shown = failures.slice(0, MAX).flatMap((f) => [`✗ ${f.title}`, ...f.message]);
	const more = failures.length - MAX;
	return ['— What failed —', ...shown, ...(more > 0 ? [`… and ${more} more (see above)`] : [])];
}
