import { SITE } from '../../src/build/site.ts';
import { NOT_FOUND_FILE } from '../../src/utils/paths.ts';
import type { BuiltPage } from './built-site.ts';
import { attr, type HtmlElement } from './html.ts';

/** Elements whose URL the browser fetches by itself: these must never leave the site. */
const FETCHED: [tag: string, attribute: string][] = [
	['link', 'href'],
	['script', 'src'],
	['img', 'src'],
	['source', 'src'],
	['iframe', 'src'],
	['video', 'src'],
	['audio', 'src'],
	['object', 'data'],
];
/** Elements whose URL a reader follows. */
const FOLLOWED: [tag: string, attribute: string][] = [
	['a', 'href'],
	['area', 'href'],
	['form', 'action'],
];

/** The 404 page answers any unknown URL, so its links are resolved as if from deep inside an unknown one. */
const baseOf = (page: BuiltPage) => new URL(page.path === NOT_FOUND_FILE ? '/no/such/page/here/' : page.path, SITE);

/** A URL a page names: resolved, with the markup that names it. */
export interface NamedUrl {
	url: URL;
	/** The markup that names it, for failure messages: `<a href="/http/">`. */
	what: string;
	/** Whether the browser fetches it by itself (a stylesheet, a script, an image) rather than a reader following it. */
	fetched: boolean;
	/** Whether it is a bare `#fragment` of the page itself. */
	samePage: boolean;
}

/** Every URL a page names (links, assets, forms, srcset candidates, its redirect and og:url), resolved against the page. */
export function urlsOf(page: BuiltPage): NamedUrl[] {
	const found: NamedUrl[] = [];
	const push = (value: string, what: string, fetched: boolean) =>
		found.push({ url: new URL(value, baseOf(page)), what, fetched, samePage: value.startsWith('#') });
	const add = (el: HtmlElement, attribute: string, fetched: boolean) => {
		const value = attr(el, attribute);
		if (value !== undefined) push(value, `<${el.name} ${attribute}="${value}">`, fetched);
	};
	for (const [tag, attribute] of FETCHED) for (const el of page.doc.all(tag)) add(el, attribute, true);
	for (const [tag, attribute] of FOLLOWED) for (const el of page.doc.all(tag)) add(el, attribute, false);
	for (const el of page.doc.all('*', (e) => attr(e, 'srcset') !== undefined)) {
		for (const candidate of attr(el, 'srcset')!.split(',')) {
			const value = candidate.trim().split(/\s+/)[0]!;
			push(value, `<${el.name} srcset="…${value}…">`, true);
		}
	}
	if (page.redirectsTo) push(page.redirectsTo, 'meta refresh', false);
	for (const meta of page.doc.all('meta', (m) => attr(m, 'property') === 'og:url')) add(meta, 'content', false);
	return found;
}

/** Whether a URL is on the site's own origin. */
export const isInternal = (url: URL) => url.origin === new URL(SITE).origin;
