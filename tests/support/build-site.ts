import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
 */
export function buildSite(catalogDir: string): Promise<SiteBuild> {
	const outDir = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
	const child = spawn('node', ['tools/build.mjs', '--outDir', outDir], {
		env: { ...process.env, CATALOG_DIR: catalogDir, ASTRO_TELEMETRY_DISABLED: '1' },
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
