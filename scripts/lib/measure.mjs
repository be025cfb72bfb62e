// Runs a command and measures it: wall time and peak resident memory (read
// from /proc while it runs, since Node cannot ask for a child's rusage).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Peak resident set of a live process in bytes, or 0 where /proc is not there. */
function peakRss(pid) {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/**
 * Runs `command args` with `env` added, and resolves to { ms, peakBytes, output }.
 * Rejects with the output when the command fails, so a benchmark never reports a failed build.
 */
export function measure(command, args, env = {}) {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, { env: { ...process.env, ...env } });
		let output = '';
		let peak = 0;
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), 25);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(
				error.code === 'ENOENT'
					? new Error(`${command} was not found: run the benchmark through npm (npm run bench), which puts it on PATH.`)
					: error,
			);
		});
		child.on('exit', (code) => {
			clearInterval(timer);
			const ms = performance.now() - start;
			if (code === 0) resolve({ ms, peakBytes: peak, output });
			else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
		});
	});
}
