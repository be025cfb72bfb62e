import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { changeFeed, entryId, FEED_NAMESPACE, uuidV5 } from '../../src/build/change-feed.ts';
import type { Change } from '../../src/schemas/change.ts';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { checkAtom, children, only } from '../support/atom.ts';

const catalog = buildCatalog(readCatalog('data'));
const older: Change = { date: '2026-11-01', group: 'model', code: -4002, change: 'text', old: 'A', new: 'B' };
const newer: Change = { date: '2026-12-02', group: 'model', code: -4008, change: 'retired', old: 'C' };
const ids = (changes: Change[], site: string) =>
	children(checkAtom(changeFeed({ changes }, catalog, site, '2026-01-01')), 'entry').map((e) => only(e, 'id'));

test('ids are name-based UUIDs as RFC 9562 computes them (its version 5 example)', () => {
	expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
		'2ed6657d-e927-568b-95e1-2665a8aea6a2',
	);
	expect(entryId(older)).toBe(`urn:uuid:${uuidV5('2026-11-01 model/-4002 text', FEED_NAMESPACE)}`);
});

test('an entry keeps its id when newer changes come, and on any origin; different changes never share one', () => {
	const [alone] = ids([older], 'http://localhost:4321');
	expect(ids([newer, older], 'https://codes.example.org')).toEqual([entryId(newer), alone]);
	expect(entryId({ ...older, change: 'name' })).not.toBe(alone);
	expect(entryId({ ...older, date: '2026-11-02' })).not.toBe(alone);
});
