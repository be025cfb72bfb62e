import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CatalogError, readCatalog, type CatalogProblem } from '../../src/build/catalog-fs.ts';
import { CHANGE_LOG_FILE, readChangeLog } from '../../src/build/changes-fs.ts';

const groups = readCatalog('data');

/** The problems the reader finds in a change log (none when it reads). */
function problems(log: string): CatalogProblem[] {
	const dir = mkdtempSync(join(tmpdir(), 'log-'));
	mkdirSync(join(dir, 'history'));
	writeFileSync(join(dir, CHANGE_LOG_FILE), log);
	try {
		readChangeLog(dir, groups);
		return [];
	} catch (error) {
		if (error instanceof CatalogError) return error.problems;
		throw error;
	}
}

const entry = (fields: string) => `  - date: 2026-12-02\n    group: model\n${fields}`;

test('a valid log reads, and a catalog without a log has an empty one', () => {
	expect(
		problems(`lastSync: 2026-12-02\nchanges:\n${entry('    code: -4002\n    change: text\n    old: A\n    new: B\n')}`),
	).toEqual([]);
	expect(readChangeLog(mkdtempSync(join(tmpdir(), 'none-')), groups)).toEqual({ changes: [] });
});

test.each([
	[
		'an unknown kind of change',
		entry('    code: -4002\n    change: renamed\n'),
		'changes[0] (-4002) › change',
		/is not a kind of change: "renamed"; use one of: added, text/,
	],
	[
		'a text change without its old text',
		entry('    code: -4002\n    change: text\n    new: B\n'),
		'changes[0] (-4002) › old',
		/is missing: a "text" change records BigML's text before and after/,
	],
	[
		'a code change without its code',
		entry('    change: added\n    new: B\n'),
		'changes[0] › code',
		/is missing: a "added" change names the code's number/,
	],
	[
		'a table change naming a code',
		entry('    code: -4002\n    change: heading\n    old: A\n    new: B\n'),
		'changes[0] (-4002) › code',
		/is about the whole table; remove it/,
	],
	[
		'a change whose old and new are the same',
		entry('    code: -4002\n    change: text\n    old: A\n    new: A\n'),
		'changes[0] (-4002) › new',
		/is the same as "old"/,
	],
	[
		'a group the catalog does not have',
		entry('    change: group-gone\n    old: A\n').replace('group: model', 'group: modle'),
		'changes[0] › group',
		/"modle" is not a group of the catalog/,
	],
	[
		'a code its group does not have',
		entry('    code: -4999\n    change: retired\n    old: A\n'),
		'changes[0] (-4999) › code',
		/-4999 is not a code of model: a code stays in its group once added/,
	],
	[
		'an unknown key',
		entry('    code: -4002\n    change: added\n    new: A\n    by: me\n'),
		'changes[0] (-4002)',
		/unknown key "by"/,
	],
])('%s is refused at its entry, saying how to fix it', (_what, changes, at, message) => {
	const found = problems(`changes:\n${changes}`);
	expect(found).toHaveLength(1);
	expect(found[0]).toMatchObject({ file: expect.stringMatching(/history\/changes\.yaml$/), at });
	expect(found[0]!.message).toMatch(message);
});

test('a log out of date order, a change recorded twice, or a last sync older than a change is refused', () => {
	const added = entry('    code: -4009\n    change: added\n    new: A\n').replace('-4009', '-4002');
	const older = added.replace('2026-12-02', '2026-11-01');
	expect(problems(`changes:\n${older}${added}`).map((p) => [p.at, p.message])).toEqual([
		['changes[1] (-4002) › date', '2026-12-02 is newer than changes[0] (2026-11-01): list changes newest first'],
	]);
	expect(problems(`changes:\n${added}${added}`).map((p) => p.message)).toEqual([
		'repeats changes[0] (2026-12-02 model/-4002 added): record each change once',
	]);
	expect(problems(`lastSync: 2026-11-30\nchanges:\n${added}`).map((p) => [p.at, p.message])).toEqual([
		[
			'lastSync',
			'2026-11-30 is older than the newest change (2026-12-02): every change comes from a sync, so lastSync is at least its date',
		],
	]);
});
