// Makes a fresh clone runnable: installs the pinned dependencies (which bring
// their own Node, see README) and, with --browser, finds or installs Chromium
// for the browser tests. Runs on whatever Node the machine has (>= 18), so it
// uses nothing beyond Node's standard library.
import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: 'inherit', env });

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
	console.log('Installing the pinned dependencies (npm ci)…');
	run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--browser')) {
	const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(chromium)) {
		const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
		if (!canApt) {
			console.error(
				`The browser tests need Chromium, and there is none at ${chromium}.\n` +
					'Install it (on Debian or Ubuntu: sudo apt-get install chromium), or point CHROMIUM_PATH\n' +
					'at a Chromium or Chrome binary, then run the tests again.',
			);
			process.exit(1);
		}
		console.log("Installing Debian's chromium for the browser tests (apt-get)…");
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		run('apt-get', ['update', '-qq'], env);
		run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], env);
	}
}
