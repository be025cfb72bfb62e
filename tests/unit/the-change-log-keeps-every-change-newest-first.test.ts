import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { CHANGE_LOG_FILE, readChangeLog } from '../../src/build/changes-fs.ts';
import type { Change } from '../../src/schemas/change.ts';
import { planChangeLog } from '../../tools/lib/catalog-write.ts';

const groups = readCatalog('data');

/** Reads a change log's text with the build's reader. */
function read(text: string) {
	const dir = mkdtempSync(join(tmpdir(), 'log-'));
	mkdirSync(join(dir, 'history'));
	writeFileSync(join(dir, CHANGE_LOG_FILE), text);
	return readChangeLog(dir, groups);
}

const text = (date: string, old: string, now: string): Change => ({
	date,
	group: 'model',
	code: -4002,
	change: 'text',
	old,
	new: now,
});
const added: Change = {
	date: '2026-12-02',
	group: 'model',
	code: -4008,
	change: 'added',
	new: 'The model could not be cloned properly',
};

test('the first sync writes a log the build reads, saying what it is, even with nothing changed', () => {
	const empty = planChangeLog(undefined, [], '2026-11-01');
	expect(empty).toMatch(/^# Every change `npm run catalog:sync -- --write` made/);
	expect(read(empty)).toEqual({ lastSync: '2026-11-01', changes: [] });
});

test('a later sync puts its changes above the earlier ones and keeps the comments', () => {
	const first = planChangeLog(undefined, [text('2026-11-01', 'A', 'B')], '2026-11-01');
	const second = planChangeLog(`${first}# kept\n`, [added, text('2026-12-02', 'B', 'C')], '2026-12-02');
	expect(second).toContain('# kept');
	expect(read(second)).toEqual({
		lastSync: '2026-12-02',
		changes: [added, text('2026-12-02', 'B', 'C'), text('2026-11-01', 'A', 'B')],
	});
});

test('a text changed twice in a day is one change from the first text to the last; changed back, none', () => {
	const once = planChangeLog(undefined, [text('2026-12-02', 'A', 'B')], '2026-12-02');
	expect(read(planChangeLog(once, [text('2026-12-02', 'B', 'C')], '2026-12-02')).changes).toEqual([
		text('2026-12-02', 'A', 'C'),
	]);
	expect(read(planChangeLog(once, [text('2026-12-02', 'B', 'A')], '2026-12-02')).changes).toEqual([]);
});

test('a page saved before the last sync files its changes by their date and leaves lastSync where it was', () => {
	const later = planChangeLog(undefined, [added], '2026-12-02');
	const log = read(planChangeLog(later, [text('2026-11-01', 'A', 'B')], '2026-11-01'));
	expect(log.lastSync).toBe('2026-12-02');
	expect(log.changes.map((c) => c.date)).toEqual(['2026-12-02', '2026-11-01']);
});
