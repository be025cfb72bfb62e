import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { changeKey, type Change, type ChangeLog } from '../schemas/change.ts';
import type { Catalog } from '../utils/catalog.ts';
import { CHANGE_LABELS, escapeHtml, markDifferences, type Segment } from '../utils/changes.ts';
import { absoluteUrl, changePath, CHANGES_FEED_PATH, CHANGES_PATH } from '../utils/paths.ts';

/**
 * The namespace of the feed's ids. Ids are name-based UUIDs (RFC 9562, version 5) of what identifies each
 * change, so an entry keeps its id forever, whatever origin the site is served from and whatever is added
 * after it. Never change this value: every subscriber would see every entry again as new.
 */
export const FEED_NAMESPACE = '34bee87b-4ba1-4e15-ae13-0ff71e50faac';

/** The site's name, as the feed's author: Atom needs one, and the entries are the site's own words. */
const SITE_NAME = 'BigML.io status and error codes';

/** A name-based UUID (version 5, SHA-1) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
	const hash = createHash('sha1')
		.update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
		.update(name, 'utf8')
		.digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The permanent id of a change's entry. */
export const entryId = (change: Change) => `urn:uuid:${uuidV5(changeKey(change), FEED_NAMESPACE)}`;

/** HTML of a text with its changed words wrapped in `tag`. */
const marked = (segments: Segment[], tag: 'del' | 'ins') =>
	segments.map((s) => (s.changed ? `<${tag}>${escapeHtml(s.text)}</${tag}>` : escapeHtml(s.text))).join('');

/** An entry's HTML: BigML's words, before and after where the change has both, the changed words marked. */
function entryHtml(change: Change, subject: string): string {
	const q = (text: string) => `“${escapeHtml(text)}”`;
	switch (change.change) {
		case 'added':
			return `<p>BigML.io's page lists ${subject}: ${q(change.new!)}.</p>`;
		case 'restored':
			return `<p>BigML.io's page lists ${subject} again: ${q(change.new!)}.</p>`;
		case 'retired':
			return `<p>BigML.io's page no longer lists ${subject}; its text was ${q(change.old!)}. Its page stays, marked retired.</p>`;
		case 'group-added':
			return `<p>A new table on BigML.io's page: ${q(change.new!)}.</p>`;
		case 'group-gone':
			return `<p>BigML.io's page no longer has the ${q(change.old!)} table. Its codes are retired; their pages stay.</p>`;
		case 'text':
		case 'name':
		case 'heading': {
			if (change.old === undefined || change.new === undefined) {
				return `<p>Was: ${change.old === undefined ? '(none)' : q(change.old)}</p><p>Now: ${change.new === undefined ? '(none)' : q(change.new)}</p>`;
			}
			const { old, new: now } = markDifferences(change.old, change.new);
			return `<p>Was: “${marked(old, 'del')}”</p><p>Now: “${marked(now, 'ins')}”</p>`;
		}
	}
}

/**
 * The Atom feed (RFC 4287) of the change log: one entry per change, newest first, each linking to the
 * code's or the table's page, with BigML's words before and after. With no change yet, it is a valid feed
 * without entries, updated at the last sync (else at `since`, the catalog's version date).
 */
export function changeFeed(log: ChangeLog, catalog: Catalog, site: string | URL, since: string): string {
	const updated = log.changes[0]?.date ?? log.lastSync ?? since;
	const feed = new Feed({
		id: `urn:uuid:${uuidV5('changes', FEED_NAMESPACE)}`,
		title: `${SITE_NAME}: what changed`,
		description: "Every change to the catalog after comparing it with BigML.io's Status Codes page.",
		link: absoluteUrl(CHANGES_PATH, site),
		feed: absoluteUrl(CHANGES_FEED_PATH, site),
		updated: new Date(`${updated}T00:00:00Z`),
		author: { name: SITE_NAME, link: absoluteUrl('/', site) },
		copyright: "Code texts are BigML.io's own, quoted verbatim.",
		generator: false,
	});
	for (const change of log.changes) {
		const group = catalog.bySlug.get(change.group)!;
		const entry = change.code === undefined ? undefined : catalog.byId.get(`${change.group}/${change.code}`)!;
		const subject = entry ? `${entry.code}${entry.name ? ` ${entry.name}` : ''} (${group.title})` : group.title;
		feed.addItem({
			id: entryId(change),
			// The feed package writes titles and content as HTML: every text is escaped here.
			title: escapeHtml(`${CHANGE_LABELS[change.change]}: ${subject}`),
			link: absoluteUrl(entry?.path ?? group.path, site),
			date: new Date(`${change.date}T00:00:00Z`),
			content: `${entryHtml(change, escapeHtml(subject))}<p><a href="${escapeHtml(absoluteUrl(changePath(change), site))}">All changes</a></p>`,
		});
	}
	return feed.atom1();
}
