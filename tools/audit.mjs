// `npm audit` of the dependencies the site ships (devDependencies left out),
// run by .ci/run. A high or critical advisory fails CI. When the registry's
// audit service cannot be reached there is no verdict to act on, so it warns
// instead of failing: CI must not go red because a network is down.
// Uses only Node's standard library and npm, so it runs on any Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} Verdict
 * @property {'pass' | 'fail' | 'unknown'} outcome `unknown` when the audit service gave no report.
 * @property {string} message What to print.
 */

/**
 * Judges the JSON that `npm audit --json` printed.
 * @param {string} output
 * @returns {Verdict}
 */
export function judgeAudit(output) {
	let report;
	try {
		report = JSON.parse(output);
	} catch {
		return { outcome: 'unknown', message: `npm audit printed no report:\n${output.slice(0, 500)}` };
	}
	const counts = report?.metadata?.vulnerabilities;
	if (!counts) {
		const reason = report?.error?.code ?? report?.message ?? report?.statusCode ?? 'no report';
		return {
			outcome: 'unknown',
			message: `the audit service could not be reached (${reason}), so nothing was checked`,
		};
	}
	const serious = Object.entries(report.vulnerabilities ?? {})
		.filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
		.map(([name, v]) => `${name} (${v.severity})`);
	if (counts.high + counts.critical > 0) {
		return {
			outcome: 'fail',
			message: `${counts.high + counts.critical} high or critical advisories in shipped dependencies: ${serious.join(', ')}. Run \`npm audit --omit=dev\` and update them.`,
		};
	}
	return { outcome: 'pass', message: `no high or critical advisories (${counts.total} lower ones)` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	// --audit: the machine's npmrc may turn auditing off (audit=false).
	const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json', '--audit'], {
		encoding: 'utf8',
	});
	const verdict = judgeAudit(run.stdout || run.stderr || '');
	if (verdict.outcome === 'unknown') console.warn(`⚠ npm audit: ${verdict.message}.`);
	else console.log(`${verdict.outcome === 'pass' ? '✓' : '✗'} npm audit: ${verdict.message}`);
	// Exit 2 for "no verdict", so .ci/run can tell it from a pass (0) and a failure (1).
	process.exit(verdict.outcome === 'pass' ? 0 : verdict.outcome === 'fail' ? 1 : 2);
}
