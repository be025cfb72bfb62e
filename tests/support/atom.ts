import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** The Atom namespace (RFC 4287). */
export const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses a feed as strict XML: any error or warning of the parser fails, as a strict feed reader would. */
export function parseXml(xml: string): Document {
	return new DOMParser({
		onError: (level, message) => {
			throw new Error(`the feed is not well-formed XML (${level}): ${message}`);
		},
	}).parseFromString(xml, 'application/xml');
}

/** The Atom children of an element with a given name. */
export function children(parent: Element, name: string): Element[] {
	return Array.from(parent.childNodes).filter(
		(n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name,
	);
}

/** The text of an element's only Atom child of that name; fails when there is not exactly one. */
export function only(parent: Element, name: string): string {
	const found = children(parent, name);
	if (found.length !== 1) throw new Error(`<${parent.localName}> has ${found.length} <${name}> elements, not 1`);
	return found[0]!.textContent ?? '';
}

/** An RFC 3339 date-time, as atom:updated needs. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks what RFC 4287 requires of a feed and of its entries (section 4.1), and returns the feed element:
 * one id, title and updated; an author (or one in every entry); a self link; each entry one id, title,
 * updated and an alternate link, with ids unique.
 */
export function checkAtom(xml: string): Element {
	const feed = parseXml(xml).documentElement!;
	if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') throw new Error('the root element is not atom:feed');
	for (const name of ['id', 'title'])
		if (only(feed, name).trim() === '') throw new Error(`the feed's ${name} is empty`);
	if (!RFC3339.test(only(feed, 'updated'))) throw new Error("the feed's updated is not an RFC 3339 date-time");
	const entries = children(feed, 'entry');
	if (children(feed, 'author').length === 0 && entries.some((e) => children(e, 'author').length === 0)) {
		throw new Error('the feed has no author, and not every entry has one');
	}
	if (!children(feed, 'link').some((l) => l.getAttribute('rel') === 'self'))
		throw new Error('the feed has no self link');
	const ids = new Set<string>();
	for (const entry of entries) {
		const id = only(entry, 'id');
		if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) throw new Error(`entry id ${id} is not an IRI`);
		if (ids.has(id)) throw new Error(`entry id ${id} is used twice`);
		ids.add(id);
		only(entry, 'title');
		if (!RFC3339.test(only(entry, 'updated'))) throw new Error(`entry ${id}: updated is not an RFC 3339 date-time`);
		const alternate = children(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
		if (alternate.length !== 1 || !/^https?:\/\//.test(alternate[0]!.getAttribute('href') ?? '')) {
			throw new Error(`entry ${id} needs one absolute alternate link`);
		}
	}
	return feed;
}
