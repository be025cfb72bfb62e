// npm run bench:search — times search on the built site (dist/) in Chromium:
// keystroke to first exact and first full-text result painted, a pasted
// response to its top code painted, and the bytes the first search downloads. It builds nothing: run `npm run build` first.
// Prints a table and writes bench-results/search-<time>.json.
// (`npm run bench` measures the same at every catalog size, builds included.)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { markdownTable } from './lib/markdown-table.mjs';
import { measureSearch, SEARCH_TARGETS } from './lib/search-latency.mjs';
import { siteServer } from '../tools/serve.mjs';
import { samplePages } from './lib/sample-pages.mjs';

if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
	console.error('dist/ has no built site with its search index: run `npm run build` first.');
	process.exit(1);
}

const server = siteServer('dist').listen(0);
const baseURL = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--disable-gpu', '--disable-background-networking'],
});
const result = await measureSearch({ browser, baseURL, catalogDir: 'data', path: samplePages('dist').code });
const version = browser.version();
await browser.close();
server.close();

const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
// On page load only the box's boot script may come; search code and indexes wait for the reader.
const searchOnLoad = Object.keys(result.pageLoad).filter((p) => /controller|\/search\/exact\/|\/pagefind\//.test(p));
const { code, words } = result.firstSearch;
const rows = [
	[
		'Exact result painted (warm)',
		`${result.exact.queries.length} queries`,
		ms(result.exact.median),
		ms(result.exact.max),
		`≤ ${SEARCH_TARGETS.exactMs} ms`,
	],
	[
		'Full-text result painted (warm)',
		`${result.fullText.queries.length} queries`,
		ms(result.fullText.median),
		ms(result.fullText.max),
		`≤ ${SEARCH_TARGETS.textMs} ms`,
	],
	[
		'Pasted response to its top code painted',
		`${result.pasted.queries.length} pastes, fresh page each`,
		ms(result.pasted.median),
		ms(result.pasted.max),
		`≤ ${SEARCH_TARGETS.pastedMs} ms`,
	],
	['Exact, first query (cold)', JSON.stringify(result.exact.queries[0]), ms(result.cold.exact), '', ''],
	['Full text, first query (cold)', JSON.stringify(result.fullText.queries[0]), ms(result.cold.text), '', ''],
	['Page load: search code or index', `${searchOnLoad.length} requests`, '', '', '0 requests'],
	[
		'First search, a code',
		`"${code.query}", ${Object.keys(code.files).length} files`,
		kb(code.bytes),
		'',
		`< ${kb(SEARCH_TARGETS.firstSearchBytes)}`,
	],
	[
		'First search, words',
		`"${words.query}", ${Object.keys(words.files).length} files`,
		kb(words.bytes),
		'',
		`< ${kb(SEARCH_TARGETS.firstSearchBytes)}`,
	],
	['Largest single download', result.largestDownload.path, kb(result.largestDownload.bytes), '', ''],
];
const header = ['Measure', 'Over', 'Median / value', 'Max', 'Target'];
console.log(
	`\nSearch on the built site (Chromium ${version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)})\n`,
);
console.log(markdownTable(header, rows));
console.log('\nBytes are as transferred, gzipped by tools/serve.mjs as a static host would.');

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
	file,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, loadavg: loadavg() },
			targets: SEARCH_TARGETS,
			...result,
		},
		null,
		2,
	),
);
console.log(`Wrote ${file}`);
