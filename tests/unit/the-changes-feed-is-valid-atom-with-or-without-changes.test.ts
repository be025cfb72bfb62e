import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { changeFeed } from '../../src/build/change-feed.ts';
import type { ChangeLog } from '../../src/schemas/change.ts';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { DomUtils } from 'htmlparser2';
import { checkAtom, children, only } from '../support/atom.ts';
import { HtmlDocument } from '../support/html.ts';

const catalog = buildCatalog(readCatalog('data'));
const SITE = 'https://codes.example.org';
const log: ChangeLog = {
	lastSync: '2026-12-02',
	changes: [
		{
			date: '2026-12-02',
			group: 'model',
			code: -4002,
			change: 'text',
			old: 'Your model cannot be created',
			new: 'Your <b>model</b> & co cannot be created',
		},
		{
			date: '2026-12-02',
			group: 'model',
			change: 'heading',
			old: 'Model Error Code Summary',
			new: 'Models Error Code Summary',
		},
		{ date: '2026-11-01', group: 'http', code: 429, change: 'name', old: 'Too Many Requests', new: 'Slow Down' },
		{
			date: '2026-11-01',
			group: 'model',
			code: -4008,
			change: 'retired',
			old: 'The model could not be cloned properly',
		},
	],
};

test('with changes: one valid entry per change, newest first, linking to the code or the table', () => {
	const feed = checkAtom(changeFeed(log, catalog, SITE, '2026-01-01'));
	const entries = children(feed, 'entry');
	expect(entries.map((e) => only(e, 'updated').slice(0, 10))).toEqual(log.changes.map((c) => c.date));
	expect(entries.map((e) => children(e, 'link')[0]!.getAttribute('href'))).toEqual([
		`${SITE}/errors/model/-4002/`,
		`${SITE}/errors/model/`,
		`${SITE}/http/429/`,
		`${SITE}/errors/model/-4008/`,
	]);
	expect(only(feed, 'updated')).toBe('2026-12-02T00:00:00.000Z');
	expect(
		children(feed, 'link')
			.find((l) => l.getAttribute('rel') === 'self')!
			.getAttribute('href'),
	).toBe(`${SITE}/changes.xml`);
});

test("BigML's words reach a feed reader as text, markup included, with the changed words marked", () => {
	const feed = checkAtom(changeFeed(log, catalog, SITE, '2026-01-01'));
	// type="html": the element's text is HTML, which a reader renders; BigML's "<b>" must show, not apply.
	const html = new HtmlDocument(only(children(feed, 'entry')[0]!, 'content'));
	const [was, now] = html.all('p').map((p) => DomUtils.textContent(p));
	expect(was).toBe(`Was: “${log.changes[0]!.old}”`);
	expect(now).toBe(`Now: “${log.changes[0]!.new}”`);
	expect(html.all('b')).toEqual([]);
	expect(html.all('del')).toEqual([]);
	expect(
		html
			.all('ins')
			.map((ins) => DomUtils.textContent(ins))
			.join(''),
	).toMatch(/^<b>.*<\/b>.*&.*co/);
});

test('with no change yet: a valid feed without entries, updated at the last sync, or else at the catalog version', () => {
	const synced = checkAtom(changeFeed({ lastSync: '2026-12-02', changes: [] }, catalog, SITE, '2026-01-01'));
	expect(children(synced, 'entry')).toHaveLength(0);
	expect(only(synced, 'updated')).toBe('2026-12-02T00:00:00.000Z');
	const never = checkAtom(changeFeed({ changes: [] }, catalog, SITE, '2026-01-01'));
	expect(only(never, 'updated')).toBe('2026-01-01T00:00:00.000Z');
});
