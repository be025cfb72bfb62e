import { expect, test } from '@playwright/test';
import { listFiles } from '../../tools/permalinks.mjs';
import { SITE } from '../../src/build/site.ts';
import { attr, type HtmlElement } from '../support/html.ts';
import { builtPages, DIST, type BuiltPage } from './support/site.ts';

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
const baseOf = (page: BuiltPage) => new URL(page.path === '/404.html' ? '/no/such/page/here/' : page.path, SITE);

/** A URL a page names: resolved, with the markup that names it; `samePage` for a bare `#fragment`. */
interface NamedUrl {
	url: URL;
	what: string;
	fetched: boolean;
	samePage: boolean;
}

/** Every URL a page names, resolved against the page. */
function urlsOf(page: BuiltPage): NamedUrl[] {
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

const site = new URL(SITE);
const files = new Set(listFiles(DIST));
const idsByPath = new Map(builtPages().map((page) => [page.path, new Set(page.doc.all().map((el) => attr(el, 'id')))]));
const isInternal = (url: URL) => url.origin === site.origin;

test('every internal link, asset and redirect leads to a built file, by its canonical URL', () => {
	const broken: string[] = [];
	for (const page of builtPages()) {
		for (const { url, what } of urlsOf(page).filter(({ url, samePage }) => isInternal(url) && !samePage)) {
			const path = decodeURIComponent(url.pathname);
			const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
			if (files.has(file)) continue;
			const hint = files.has(`${file}/index.html`) ? ' (add the trailing slash: without it the server redirects)' : '';
			broken.push(`${page.path}: ${what} → ${path} is not built${hint}`);
		}
	}
	expect(broken).toEqual([]);
});

test('every #anchor names an element id on the page it points to', () => {
	const broken: string[] = [];
	for (const page of builtPages()) {
		for (const { url, what, samePage } of urlsOf(page).filter(({ url }) => isInternal(url) && url.hash !== '')) {
			const id = decodeURIComponent(url.hash.slice(1));
			const target = samePage ? page.path : url.pathname;
			if (!id || !idsByPath.get(target)?.has(id)) broken.push(`${page.path}: ${what} → no id "${id}" on ${target}`);
		}
	}
	expect(broken).toEqual([]);
});

test('no page loads anything from another origin', () => {
	const external = builtPages().flatMap((page) =>
		urlsOf(page)
			.filter(({ url, fetched }) => fetched && !isInternal(url) && url.protocol !== 'data:')
			.map(({ what }) => `${page.path}: ${what}`),
	);
	expect(external).toEqual([]);
});
