import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where test builds go: inside the project, because Astro puts a build's
 * prerendered chunks in <outDir>/.prerender/ only when outDir is inside the
 * working directory, and otherwise in the project's shared .astro/ folder,
 * where two builds at once delete each other's chunks.
 */
const BUILDS = join('node_modules', '.cache', 'test-sites');

/** What one run of the real build left: its exit status, what it printed, and where the site went. */
export interface SiteBuild {
	status: number | null;
	output: string;
	outDir: string;
	/** Whether the output folder exists after the build. */
	published: boolean;
	/** Reads a built file by its URL path: `/errors/model/` reads `errors/model/index.html`. */
	read(path: string): string;
}

/**
 * Runs `node tools/build.mjs` on a catalog folder into a fresh temporary
 * folder, as CI builds `data/`. Asynchronous, so several builds can run at once.
 * `settings` are the site's configuration (SITE_URL, REPORT_URL); unset unless given.
 */
export function buildSite(catalogDir: string, settings: Record<string, string> = {}): Promise<SiteBuild> {
	mkdirSync(BUILDS, { recursive: true });
	const outDir = join(mkdtempSync(join(BUILDS, 'site-')), 'dist');
	const { SITE_URL: _site, REPORT_URL: _report, ...env } = process.env;
	const child = spawn('node', ['tools/build.mjs', '--outDir', outDir], {
		env: { ...env, ...settings, CATALOG_DIR: catalogDir, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) =>
			resolve({
				status,
				output,
				outDir,
				published: existsSync(outDir),
				read: (path) => readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
			}),
		);
	});
}
