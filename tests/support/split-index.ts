import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGEFIND_DIR } from '../../src/utils/paths.ts';
import { DIST } from './built-site.ts';

/**
 * A copy of the built site whose full-text index is built again in parts of
 * `pagesPerPart` code pages (tools/full-text-index.mjs), as a catalog of tens
 * of thousands of codes is: the real catalog fits in one part, so this is how
 * the tests see a split index without a large build. Resolves to the copy's
 * folder and a function that deletes it.
 */
export function splitIndexSite(pagesPerPart: number): { dir: string; remove(): void } {
	const dir = join(mkdtempSync(join(tmpdir(), 'split-index-')), 'dist');
	cpSync(DIST, dir, { recursive: true });
	rmSync(join(dir, PAGEFIND_DIR), { recursive: true });
	const index = spawnSync('node', ['tools/full-text-index.mjs', '--site', dir], {
		env: { ...process.env, SEARCH_PAGES_PER_PART: String(pagesPerPart) },
		encoding: 'utf8',
	});
	if (index.status !== 0) throw new Error(`The split index was not built:\n${index.stdout}${index.stderr}`);
	return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}
