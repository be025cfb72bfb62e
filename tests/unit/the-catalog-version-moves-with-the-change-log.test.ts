import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { catalogVersion, hashFolder } from '../../src/build/catalog-version.ts';
import { CHANGE_LOG_FILE } from '../../src/build/changes-fs.ts';

test('the catalog version hashes the change log with the groups, so a recorded change moves it', () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'version-')), 'data');
	cpSync('data', dir, { recursive: true });
	const before = catalogVersion(dir).hash;
	expect(before).toBe(hashFolder(dir));
	appendFileSync(join(dir, CHANGE_LOG_FILE), '# one more line\n');
	expect(hashFolder(dir)).not.toBe(before);
});
