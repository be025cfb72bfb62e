// Builds the site: Astro's pages, then the search index over them.
// The output folder is removed first, and again if anything fails, so a bad
// catalog never leaves a stale or half-built site to be served or deployed.
//   node tools/build.mjs [--outDir DIR]     (CATALOG_DIR=… builds another catalog)
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * The steps of a build, in order. `npm run bench` times each one separately.
 * @param {string} outDir where the site is written
 */
export function buildSteps(outDir) {
	return [
		{ name: 'astro', command: 'astro', args: ['build', '--outDir', outDir] },
		// The images chat tools show for a pasted link (og:image), drawn from the catalog into <outDir>/og/.
		{ name: 'preview images', command: 'node', args: ['tools/preview-images.mjs', '--site', outDir] },
		// Full-text index of the code pages (those marked data-pagefind-body), into <outDir>/pagefind/, in parts.
		{ name: 'search index', command: 'node', args: ['tools/full-text-index.mjs', '--site', outDir] },
	];
}

/** Runs every step; on any failure removes the output and exits non-zero. */
async function build(outDir) {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	rmSync(outDir, { recursive: true, force: true });
	try {
		// Read here, not imported at the top, so a malformed SITE_URL or REPORT_URL is one line, not a stack trace.
		const { localOriginNotice } = await import('../src/build/site.ts');
		const notice = localOriginNotice();
		if (notice) console.warn(notice);
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
	try {
		for (const { command, args } of buildSteps(outDir)) execFileSync(command, args, { stdio: 'inherit', env });
	} catch (error) {
		// A failing step printed its own reason; a step that could not start did not.
		if (error.code === 'ENOENT')
			console.error(`${error.path} was not found: run the build through npm (npm run build).`);
		rmSync(outDir, { recursive: true, force: true });
		console.error(`\nThe build failed (see above); ${outDir}/ was removed so nothing half-built can be served.`);
		process.exit(1);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
	await build(values.outDir);
}
