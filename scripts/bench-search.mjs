// Benchmarks search on the built site, in Chromium, as a reader uses it:
//   - time from the last keystroke to the first exact result painted, and to
//     the first full-text result painted (median and max over the queries);
//   - the bytes the first search downloads.
// It builds nothing: run `npm run build` first. It serves dist/ itself on
// PORT (default 4330) with scripts/serve.mjs, prints a table and writes
// bench-results/search-<time>.json.
//   npm run build && PORT=4331 npm run bench:search
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';

const port = Number(process.env.PORT ?? 4330);
const base = `http://localhost:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { exactMs: 50, textMs: 300, firstSearchBytes: 150 * 1024 };

if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
	console.error('dist/ has no built site with its search index: run `npm run build` first.');
	process.exit(1);
}

// Queries come from the catalog (data/), so they follow it as codes are added.
const entries = readdirSync('data')
	.filter((f) => f.endsWith('.yaml'))
	.flatMap((f) => parse(readFileSync(`data/${f}`, 'utf8')).codes);
const sample = entries.filter((_, i) => i % Math.floor(entries.length / 24) === 0).slice(0, 24);
const forms = [
	(c) => String(c),
	(c) => String(Math.abs(c)),
	(c) => (c < 0 ? `\u2212${Math.abs(c)}` : `HTTP ${c}`),
	(c) => `error ${c}`,
	(c) => `{"status": {"code": ${c}}}`,
];
const exactQueries = sample.map((e, i) => forms[i % forms.length](e.code));
const COMMON = new Set('the and not has have been cannot could with this that your from when there their'.split(' '));
const frequency = new Map();
for (const { text } of entries)
	for (const word of text.toLowerCase().match(/[a-z]{5,}/g) ?? [])
		if (!COMMON.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
const catalogWords = [...frequency].sort((a, b) => b[1] - a[1]).map(([w]) => w);
const issueWords = ['cannot be cloned', 'too many', 'faulty', 'summarized', 'linear regression', 'payment'];
const textQueries = [...issueWords, ...catalogWords.filter((w) => !issueWords.includes(w)).slice(0, 18)];

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) } });
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; ; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		if (i > 100) throw new Error(`The server did not answer on ${base}; is the port taken? Set PORT.`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] });

/**
 * In the page: records the last keydown, and when a result group of a kind
 * appears for the query typed, the time of the next animation frame (the
 * frame that paints it).
 */
function instrument() {
	const bench = { lastKey: 0, painted: {} };
	window.__bench = bench;
	document.addEventListener('keydown', (event) => (bench.lastKey = event.timeStamp), true);
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
					requestAnimationFrame(() => (bench.painted[key] = performance.now() - bench.lastKey));
				}
			}
	}).observe(document, { childList: true, subtree: true });
}

async function measure(page, query, kind) {
	await page.evaluate(() => {
		window.__bench.painted = {};
		document.querySelector('search-box input').select();
	});
	await page.keyboard.type(query);
	const handle = await page.waitForFunction((key) => window.__bench.painted[key] ?? false, `${kind}:${query.trim()}`, {
		timeout: 10_000,
	});
	return handle.jsonValue();
}

async function newPage() {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(instrument);
	return { context, page };
}

// 1. Bytes: a fresh page with an empty cache, its load, then the first search typed into the box.
async function firstSearchBytes(query, kind) {
	const { context, page } = await newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const urls = new Map();
	const phase = { name: 'load' };
	const bytes = { load: {}, search: {} };
	cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
	cdp.on('Network.loadingFinished', (e) => {
		const path = urls.get(e.requestId);
		bytes[phase.name][path] = (bytes[phase.name][path] ?? 0) + e.encodedDataLength;
	});
	await page.goto(`${base}/errors/model/-4002/`, { waitUntil: 'networkidle' });
	phase.name = 'search';
	await page.getByRole('combobox', { name: 'Search', exact: true }).focus();
	await measure(page, query, kind);
	await page.waitForLoadState('networkidle');
	await context.close();
	return bytes;
}
const codeBytes = await firstSearchBytes('-4002', 'exact');
const wordBytes = await firstSearchBytes('cannot be cloned', 'text');
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const gzipOf = (paths) =>
	paths.reduce((n, p) => {
		const file = `dist${decodeURIComponent(p)}`;
		return n + (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
	}, 0);

// 2. Latency: one fresh page, first query cold (search code and indexes load on focus), then warm.
const { context, page } = await newPage();
await page.goto(`${base}/errors/model/-4002/`, { waitUntil: 'networkidle' });
await page.getByRole('combobox', { name: 'Search', exact: true }).focus();
const cold = {
	exact: await measure(page, exactQueries[0], 'exact'),
	text: await measure(page, textQueries[0], 'text'),
};
const exactTimes = [];
for (const query of exactQueries) exactTimes.push(await measure(page, query, 'exact'));
const textTimes = [];
for (const query of textQueries) textTimes.push(await measure(page, query, 'text'));
await context.close();
const version = browser.version();
await browser.close();
stop();

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
// On page load only the box's boot script may come; search code and indexes wait for the reader.
const SEARCH_PATH = /controller|\/search\/exact\/|\/pagefind\//;
const searchOnLoad = Object.keys(codeBytes.load).filter((p) => SEARCH_PATH.test(p));
const boot = sum(Object.fromEntries(Object.entries(codeBytes.load).filter(([p]) => p.includes('SearchBox'))));
const rows = [
	[
		'Exact result painted (warm)',
		`${exactQueries.length} queries`,
		ms(median(exactTimes)),
		ms(Math.max(...exactTimes)),
		`≤ ${TARGETS.exactMs} ms`,
	],
	[
		'Full-text result painted (warm)',
		`${textQueries.length} queries`,
		ms(median(textTimes)),
		ms(Math.max(...textTimes)),
		`≤ ${TARGETS.textMs} ms`,
	],
	['Exact, first query (cold)', JSON.stringify(exactQueries[0]), ms(cold.exact), '', ''],
	['Full text, first query (cold)', JSON.stringify(textQueries[0]), ms(cold.text), '', ''],
	['Page load: search code or index', `${searchOnLoad.length} requests`, '', `boot script ${kb(boot)}`, '0 requests'],
	...[
		['First search, a code', '"-4002"', codeBytes],
		['First search, words', '"cannot be cloned"', wordBytes],
	].map(([name, query, b]) => [
		name,
		`${query}, ${Object.keys(b.search).length} files`,
		kb(sum(b.search)),
		`gzip: ${kb(gzipOf(Object.keys(b.search)))}`,
		`< ${kb(TARGETS.firstSearchBytes)}`,
	]),
];
const header = ['Measure', 'Over', 'Median / value', 'Max / note', 'Target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
	`\nSearch benchmark on ${base} (Chromium ${version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)})\n`,
);
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(
	'\nBytes are as transferred by scripts/serve.mjs, which does not compress; "gzip" is what a compressing host would send.',
);

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
	file,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, loadavg: loadavg() },
			targets: TARGETS,
			exact: { queries: exactQueries, ms: exactTimes, median: median(exactTimes), max: Math.max(...exactTimes) },
			text: { queries: textQueries, ms: textTimes, median: median(textTimes), max: Math.max(...textTimes) },
			cold,
			bytes: { firstCodeSearch: codeBytes, firstWordSearch: wordBytes },
		},
		null,
		2,
	),
);
console.log(`Wrote ${file}`);
