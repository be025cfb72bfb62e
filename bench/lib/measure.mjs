// Runs a command and measures it: wall time and peak resident memory of it and
// its children (read from /proc while it runs, since Node cannot ask for a child's rusage).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident set of a live process in bytes, or 0 where /proc is not there. */
function peakRss(pid) {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** A process and its descendants, alive now (the search index step runs Pagefind's binary as a child). */
function tree(pid) {
	let children = [];
	try {
		children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
			readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
		);
	} catch {
		// The process has just exited.
	}
	return [pid, ...children.flatMap(tree)];
}

/** The peak memory of a process tree: the sum of each process's own peak (an upper bound of the true peak). */
const peakOfTree = (pid) => tree(pid).reduce((sum, p) => sum + peakRss(p), 0);

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
		const timer = setInterval(() => (peak = Math.max(peak, peakOfTree(child.pid))), 25);
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
