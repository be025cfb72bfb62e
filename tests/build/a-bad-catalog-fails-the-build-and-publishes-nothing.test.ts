import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { validFamily, writeCatalog } from '../support/catalog-fixtures.ts';

test('a bad catalog fails the real build, names file, entry and problem, and leaves no site behind', () => {
	const catalog = writeCatalog({ 'model.yaml': validFamily.replace('code: -40021', 'code: -4002') });
	const outDir = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
	const build = spawnSync('node', ['tools/build.mjs', '--outDir', outDir], {
		env: { ...process.env, CATALOG_DIR: catalog },
		encoding: 'utf8',
	});
	const output = build.stdout + build.stderr;
	expect(build.status).toBe(1);
	expect(output).toMatch(/The catalog has 1 problem; nothing was built\./);
	expect(output).toMatch(/model\.yaml at codes\[1\] \(-4002\) › code: duplicates codes\[0\]/);
	expect(existsSync(outDir)).toBe(false);
});
