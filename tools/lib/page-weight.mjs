// What a page costs to render: every request the browser makes until the
// load event, by kind, raw and gzip. Shared by `npm run bench` and the
// page-weight budget test, so both measure the same thing the same way.
import { gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number }} Bytes */
/** @typedef {{ url: string, kind: string, raw: number, gzip: number }} Fetched */

/** Sums sizes of fetched resources of the given kinds. */
const total = (/** @type {Fetched[]} */ fetched, /** @type {string[]} */ kinds) =>
	fetched
		.filter((f) => kinds.includes(f.kind))
		.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });

/**
 * Opens `path` in a fresh page of `context` and measures it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url absolute URL of the page
 */
export async function pageWeight(context, url) {
	const page = await context.newPage();
	/** @type {{ url: string, kind: string }[]} */
	const requested = [];
	page.on('requestfinished', (request) => requested.push({ url: request.url(), kind: request.resourceType() }));
	await page.goto(url, { waitUntil: 'load' });
	// Bodies are fetched again outside the page: a redirect stub's own response is gone once it navigates.
	const fetched = await Promise.all(
		requested.slice().map(async ({ url: resource, kind }) => {
			const body = await (await context.request.get(resource, { maxRedirects: 0 })).body();
			return { url: resource, kind, raw: body.length, gzip: gzipSync(body).length };
		}),
	);
	const scripts = await page
		.evaluate(() => [...document.scripts].map((s) => ({ module: s.type === 'module', defer: s.defer, async: s.async })))
		.catch(() => []);
	await page.close();
	return {
		requests: fetched.length,
		/** What the page needs before it can be read: everything but scripts, which are deferred. */
		renderRequests: fetched.filter((f) => f.kind !== 'script').length,
		fetched,
		html: total(fetched, ['document']),
		css: total(fetched, ['stylesheet']),
		js: total(fetched, ['script']),
		other: total(fetched, ['image', 'font', 'fetch', 'xhr', 'other']),
		/** Whether every script waits for the document to be parsed (module, defer or async). */
		scriptsDeferred: scripts.every((s) => s.module || s.defer || s.async),
	};
}
