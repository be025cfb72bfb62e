import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHANGE_LOG_FILE } from '../../src/build/changes-fs.ts';
import { buildSite } from '../support/build-site.ts';
import { validFamily, writeCatalog } from '../support/catalog-fixtures.ts';

test('a change log naming a code its group does not have stops the build, names file, entry and fix, and publishes nothing', async () => {
	const dir = writeCatalog({ 'model.yaml': validFamily });
	mkdirSync(join(dir, 'history'));
	writeFileSync(
		join(dir, CHANGE_LOG_FILE),
		'lastSync: 2026-12-02\nchanges:\n  - date: 2026-12-02\n    group: model\n    code: -4999\n    change: retired\n    old: Gone\n',
	);
	const site = await buildSite(dir);
	expect(site.status).not.toBe(0);
	expect(site.published).toBe(false);
	expect(site.output).toMatch(
		/history\/changes\.yaml at changes\[0\] \(-4999\) › code: -4999 is not a code of model: a code stays in its group once added \(retire it, never delete it\)/,
	);
});
