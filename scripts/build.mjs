// Builds the site: Astro's pages, then the search index over them.
// The output folder is removed first, and again if anything fails, so a bad
// catalog never leaves a stale or half-built site to be served or deployed.
//   node scripts/build.mjs [--outDir DIR]     (CATALOG_DIR=… builds another catalog)
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

rmSync(outDir, { recursive: true, force: true });
try {
	execFileSync('astro', ['build', '--outDir', outDir], { stdio: 'inherit', env });
	// Full-text index of the code pages (those marked data-pagefind-body), into <outDir>/pagefind/.
	execFileSync('pagefind', ['--site', outDir], { stdio: 'inherit', env });
} catch {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`\nThe build failed (see above); ${outDir}/ was removed so nothing half-built can be served.`);
	process.exit(1);
}
