// Measures search on a served site, in Chromium, as a reader uses it:
//   - time from the last keystroke to the first exact result painted, and to
//     the first full-text result painted (median and max over the queries);
//   - the bytes the first search downloads, and its largest single file.
// Shared by `npm run bench:search` (the built site) and `npm run bench`
// (every catalog size), so both measure the same thing the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The issue's targets on a 2-core machine. */
export const SEARCH_TARGETS = {
	exactMs: 50,
	textMs: 300,
	/** From pasting a whole response to its most specific code painted, when the exact index can answer it. */
	pastedMs: 50,
	firstSearchBytes: 150 * 1024,
	downloadBytes: 50 * 1024,
};

/** Words the issue names; a catalog that has them is searched for them first. */
const ISSUE_WORDS = ['cannot be cloned', 'too many', 'faulty', 'summarized', 'linear regression', 'payment'];
const COMMON = new Set('the and not has have been cannot could with this that your from when there their'.split(' '));
const QUERIES = 24;

/**
 * Queries drawn from a catalog folder, so they follow it as codes are added:
 * codes typed in each form the issue lists, and words its texts use.
 * @param {string} catalogDir folder of catalog YAML files
 */
export function searchQueries(catalogDir) {
	const entries = readdirSync(catalogDir)
		.filter((f) => f.endsWith('.yaml'))
		.flatMap((f) => parse(readFileSync(join(catalogDir, f), 'utf8')).codes);
	const step = Math.max(1, Math.floor(entries.length / QUERIES));
	const sample = entries.filter((_, i) => i % step === 0).slice(0, QUERIES);
	const forms = [
		(c) => String(c),
		(c) => String(Math.abs(c)),
		(c) => (c < 0 ? `\u2212${Math.abs(c)}` : `HTTP ${c}`),
		(c) => `error ${c}`,
		(c) => `{"status": {"code": ${c}}}`,
	];
	const exact = sample.map((e, i) => forms[i % forms.length](e.code));
	const texts = entries.map((e) => `${e.name ?? ''} ${e.text}`.toLowerCase());
	const frequency = new Map();
	for (const text of texts)
		for (const word of text.match(/[a-z]{5,}/g) ?? [])
			if (!COMMON.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const issueWords = ISSUE_WORDS.filter((w) => texts.some((t) => t.includes(w)));
	const catalogWords = [...frequency].sort((a, b) => b[1] - a[1]).map(([w]) => w);
	const text = [...issueWords, ...catalogWords.filter((w) => !issueWords.includes(w))].slice(0, QUERIES);
	return { codes: entries.length, exact, text };
}

/**
 * Real-shaped responses drawn from a catalog folder, as people paste them
 * whole: an error body (HTTP status and a general error), a faulty resource
 * as the Python bindings return it (a family's error in status.error), and
 * `curl -i` output with its status line. Each names codes the exact index holds.
 * @param {string} catalogDir folder of catalog YAML files
 */
export function pastedResponses(catalogDir) {
	const groups = readdirSync(catalogDir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => parse(readFileSync(join(catalogDir, f), 'utf8')));
	const first = (type, test = () => true) => {
		for (const g of groups)
			if (g.type === type) for (const c of g.codes) if (test(c)) return { group: g, code: c.code };
		return undefined;
	};
	const http = first('http', (c) => c.code >= 400)?.code ?? 400;
	const general = first('general');
	const family = [...groups].reverse().find((g) => g.type === 'family' && g.resource && g.codes.length > 0);
	const faulty = family?.codes.find((c) => c.kind === 'faulty') ?? family?.codes[0];
	const responses = [];
	if (general)
		responses.push(JSON.stringify({ code: http, status: { code: general.code, message: 'Validation error' } }));
	if (family && faulty)
		responses.push(
			JSON.stringify({
				code: 200,
				resource: `${family.resource}/5f3a0c1e8f2b1d0007a1b2c3`,
				object: { status: { code: -1, error: faulty.code, message: 'x', elapsed: 12, progress: 0.4 } },
				error: null,
			}),
		);
	if (general)
		responses.push(
			`HTTP/1.1 ${http} Error\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ code: http, status: { code: general.code } })}`,
		);
	return responses;
}

/**
 * In the page: records the last keydown (and the last input, which a paste fires without keys), and when a result group of a kind
 * appears for the query typed, the time of the next animation frame (the
 * frame that paints it).
 */
function instrument() {
	const bench = { lastKey: 0, lastInput: 0, painted: {} };
	window.__bench = bench;
	document.addEventListener('keydown', (event) => (bench.lastKey = event.timeStamp), true);
	document.addEventListener('input', (event) => (bench.lastInput = event.timeStamp), true);
	new MutationObserver((records) => {
		for (const record of records)
			for (const node of record.addedNodes) {
				if (!(node instanceof HTMLElement)) continue;
				for (const group of [node, ...node.querySelectorAll('[data-kind]')]) {
					const kind = group.dataset?.kind;
					if (!kind || !group.querySelector('[role="option"]')) continue;
					const key = `${kind.startsWith('text') ? 'text' : kind}:${group.dataset.query}`;
					if (key in bench.painted) continue;
					bench.painted[key] = null;
					// A pasted response is timed from its one input event; typed queries from their last key.
					const from = kind === 'response' ? bench.lastInput : bench.lastKey;
					requestAnimationFrame(() => (bench.painted[key] = performance.now() - from));
				}
			}
	}).observe(document, { childList: true, subtree: true });
}

/**
 * Types `query` into the focused box and resolves to the ms until its first
 * `kind` result was painted. A typed JSON body (`{"status": {"code": -1201}}`)
 * is decoded as a response: its codes count as exact results.
 */
async function timeQuery(page, query, kind) {
	await page.evaluate(() => {
		window.__bench.painted = {};
		document.querySelector('search-box input').select();
	});
	await page.keyboard.type(query);
	const keys = [`${kind}:${query.trim()}`, ...(kind === 'exact' ? [`response:${query.trim()}`] : [])];
	const handle = await page.waitForFunction(
		(ks) => ks.map((k) => window.__bench.painted[k]).find(Boolean) ?? false,
		keys,
		{
			timeout: 10_000,
		},
	);
	return handle.jsonValue();
}

/**
 * Pastes `text` into the box of a fresh page whose box the reader has just
 * reached for (the manifest read), and resolves to the ms from the paste to
 * its top result painted: the shards of its codes are fetched in that time.
 */
async function timePaste(browser, url, text) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(instrument);
	await page.goto(url, { waitUntil: 'networkidle' });
	// The reader reached for the box: its code and the manifest are in before the paste (the shards are not).
	const manifest = page.waitForResponse((r) => r.url().endsWith('/search/exact/manifest.json'));
	await focusBox(page);
	await manifest;
	await page.waitForFunction(() => document.querySelector('search-box')?.dataset.ready === 'true');
	await page.keyboard.insertText(text);
	// A one-line box drops the pasted line breaks, so the answer is keyed by the box's value, not the text.
	const handle = await page.waitForFunction(
		() => Object.entries(window.__bench.painted).find(([k, v]) => k.startsWith('response:') && v)?.[1] ?? false,
		undefined,
		{ timeout: 10_000 },
	);
	const ms = await handle.jsonValue();
	await context.close();
	return ms;
}

const focusBox = (page) => page.getByRole('combobox', { name: 'Search', exact: true }).focus();

/**
 * Bytes of a fresh page with an empty cache: its load, then its first search.
 * Each phase maps a path to the bytes transferred for it.
 */
async function firstSearchBytes(browser, url, query, kind) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(instrument);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const paths = new Map();
	const phase = { name: 'load' };
	const bytes = { load: {}, search: {} };
	cdp.on('Network.requestWillBeSent', (e) => paths.set(e.requestId, new URL(e.request.url).pathname));
	cdp.on('Network.loadingFinished', (e) => {
		const path = paths.get(e.requestId);
		bytes[phase.name][path] = (bytes[phase.name][path] ?? 0) + e.encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	phase.name = 'search';
	await focusBox(page);
	await timeQuery(page, query, kind);
	await page.waitForLoadState('networkidle');
	await context.close();
	return bytes;
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sum = (record) => Object.values(record).reduce((a, b) => a + b, 0);
const round = (ms) => Math.round(ms * 10) / 10;
const stats = (queries, ms) => ({ queries, ms: ms.map(round), median: round(median(ms)), max: round(Math.max(...ms)) });

/**
 * Measures search on a served site.
 * @param {{ browser: import('playwright-core').Browser, baseURL: string, catalogDir: string, path: string }} options
 *   `path` is the code page searched from; its own code is the first search.
 */
export async function measureSearch({ browser, baseURL, catalogDir, path }) {
	const queries = searchQueries(catalogDir);
	const url = new URL(path, baseURL).href;
	const pageCode = path.split('/').filter(Boolean).at(-1) ?? queries.exact[0];
	const code = await firstSearchBytes(browser, url, pageCode, 'exact');
	const words = await firstSearchBytes(browser, url, queries.text[0], 'text');

	// Latency: one page, the first query of each kind cold (search loads on focus), then every query warm.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(instrument);
	await page.goto(url, { waitUntil: 'networkidle' });
	await focusBox(page);
	const cold = {
		exact: round(await timeQuery(page, queries.exact[0], 'exact')),
		text: round(await timeQuery(page, queries.text[0], 'text')),
	};
	const exact = [];
	for (const query of queries.exact) exact.push(await timeQuery(page, query, 'exact'));
	const text = [];
	for (const query of queries.text) text.push(await timeQuery(page, query, 'text'));
	await context.close();

	// A pasted response: each one several times, each on a fresh page (its codes' shards not yet read).
	const responses = pastedResponses(catalogDir);
	const pasted = [];
	for (let round = 0; round < 3; round++)
		for (const text of responses) pasted.push(await timePaste(browser, url, text));

	const downloads = [...Object.entries(code.search), ...Object.entries(words.search)];
	const [largestPath, largestBytes] = downloads.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
	return {
		codes: queries.codes,
		from: path,
		exact: stats(queries.exact, exact),
		fullText: stats(queries.text, text),
		pasted: stats([...responses, ...responses, ...responses], pasted),
		cold,
		firstSearch: {
			code: { query: pageCode, bytes: sum(code.search), files: code.search },
			words: { query: queries.text[0], bytes: sum(words.search), files: words.search },
		},
		/** The largest single file a first search downloaded. */
		largestDownload: { path: largestPath, bytes: largestBytes },
		pageLoad: code.load,
	};
}
