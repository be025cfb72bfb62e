// npm run bench [-- --sizes real,2000,20000]
// Builds the real catalog and synthetic ones of 2,000 and 20,000 codes (written
// to a temporary folder, never committed), and measures each: build time per
// step, pages per second and peak memory; the weight of each page type; the
// search index and exact-code data; search latency and a 1 MB paste decoded
// in Chromium; and, for the real catalog, Lighthouse on the home, a group and
// a code page. Prints one table and writes the same figures to bench-results/bench.json.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildSteps } from '../tools/build.mjs';
import { markdownTable } from './lib/markdown-table.mjs';
import { measure } from './lib/measure.mjs';
import { pageWeight } from '../tools/lib/page-weight.mjs';
import { samplePages } from './lib/sample-pages.mjs';
import { measureSearch, SEARCH_TARGETS } from './lib/search-latency.mjs';
import { DECODER_TARGET_MS, measureDecoder } from './lib/decoder-latency.mjs';
import { lighthouseRows, LIGHTHOUSE_TARGETS, scorePages } from './lib/lighthouse.mjs';
import { writeSyntheticCatalog } from '../tools/lib/synthetic-catalog.mjs';
import { siteServer } from '../tools/serve.mjs';

/** Issue 6's scale targets at 20,000 codes. */
const SCALE_TARGETS = { buildMs: 120_000, peakBytes: 4 * 2 ** 30 };

const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'real,2000,20000' } } });
const sizes = values.sizes.split(',').map((s) => s.trim());
for (const size of sizes)
	if (size !== 'real' && !(Number(size) > 0))
		throw new Error(`--sizes takes "real" or code counts, such as real,2000,20000; "${size}" is neither.`);

const root = mkdtempSync(join(tmpdir(), 'bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder, by path relative to it, with its size. */
function files(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => ({
			path: relative(dir, join(d.parentPath, d.name)),
			bytes: statSync(join(d.parentPath, d.name)).size,
		}));
}
const bytesUnder = (list, prefix) => list.filter((f) => f.path.startsWith(prefix));
const total = (list) => list.reduce((n, f) => n + f.bytes, 0);
const largest = (list) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });

const results = [];
for (const size of sizes) {
	const catalogDir = size === 'real' ? 'data' : join(root, `catalog-${size}`);
	if (size !== 'real') writeSyntheticCatalog(catalogDir, Number(size));
	const outDir = join(root, `site-${size}`);
	console.error(`Building the ${size === 'real' ? 'real catalog' : `${size}-code synthetic catalog`}…`);
	const steps = {};
	for (const step of buildSteps(outDir)) {
		const { ms, peakBytes } = await measure(step.command, step.args, {
			CATALOG_DIR: catalogDir,
			ASTRO_TELEMETRY_DISABLED: '1',
		});
		steps[step.name] = { ms: Math.round(ms), peakBytes };
	}
	const built = files(outDir);
	const pages = built.filter((f) => f.path.endsWith('.html')).length;
	const buildMs = Object.values(steps).reduce((sum, s) => sum + s.ms, 0);

	console.error('Measuring pages and search…');
	// A browser per catalog, launched after its build: one left idle through a 20,000-code build stopped answering.
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-gpu', '--disable-background-networking'],
	});
	const server = siteServer(outDir).listen(0);
	const baseURL = `http://localhost:${server.address().port}`;
	const sample = samplePages(outDir);
	const context = await browser.newContext();
	const weights = {};
	for (const [type, path] of Object.entries(sample)) {
		console.error(`  weighing the ${type} page, ${path}`);
		const { requests, renderRequests, html, css, js } = await pageWeight(context, new URL(path, baseURL).href);
		weights[type] = { path, requests, renderRequests, html, css, js };
	}
	await context.close();
	console.error(`  timing search from ${sample.code}`);
	const search = await measureSearch({ browser, baseURL, catalogDir, path: sample.code });
	console.error('  timing the decoder on a 1 MB paste');
	const decoderMs = await measureDecoder({ browser, baseURL });
	await browser.close();
	// Lighthouse last, with the other browser closed: other work on the host only ever lowers its score.
	const lighthouse =
		size === 'real'
			? await scorePages({ baseURL, pages: { home: sample.home, group: sample.group, code: sample.code } })
			: undefined;
	server.close();

	// Pagefind also writes UI bundles this site never loads; the index is the rest.
	const pagefind = bytesUnder(built, 'pagefind/').filter((f) => !/-ui\.(js|css)$|highlight\.js$/.test(f.path));
	const exact = bytesUnder(built, 'search/exact/');
	results.push({
		catalog: size,
		codes: search.codes,
		pages,
		build: { ms: buildMs, steps, pagesPerSecond: Math.round(pages / (buildMs / 1000)) },
		peakBytes: Math.max(...Object.values(steps).map((s) => s.peakBytes)),
		weights,
		searchData: {
			pagefind: { bytes: total(pagefind), files: pagefind.length, largest: largest(pagefind) },
			exact: { bytes: total(exact), files: exact.length, largest: largest(exact) },
		},
		search,
		decoderMs,
		lighthouse,
	});
	rmSync(outDir, { recursive: true, force: true });
}

// Linear growth means the build time per code stays the same as the catalog grows.
const synthetic = results.filter((r) => r.catalog !== 'real');
const perCode = (r) => r.build.ms / r.codes;
const linearity = synthetic.length > 1 ? perCode(synthetic.at(-1)) / perCode(synthetic[0]) : undefined;

mkdirSync('bench-results', { recursive: true });
writeFileSync(
	'bench-results/bench.json',
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, loadavg: loadavg() },
			targets: { ...SEARCH_TARGETS, ...SCALE_TARGETS, decoderMs: DECODER_TARGET_MS, lighthouse: LIGHTHOUSE_TARGETS },
			results,
			linearity,
		},
		null,
		2,
	),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
const rows = [
	['Catalog', ...results.map((r) => (r.catalog === 'real' ? 'real' : `synthetic ${r.catalog}`))],
	['Codes / pages', ...results.map((r) => `${r.codes} / ${r.pages}`)],
	...Object.keys(results[0].build.steps).map((name) => [
		`Build: ${name} (time, peak memory)`,
		...results.map((r) => `${s(r.build.steps[name].ms)}, ${mb(r.build.steps[name].peakBytes)}`),
	]),
	['Build total (target ≤ 120 s at 20,000)', ...results.map((r) => s(r.build.ms))],
	['Pages per second', ...results.map((r) => String(r.build.pagesPerSecond))],
	['Peak memory (target < 4 GB)', ...results.map((r) => mb(r.peakBytes))],
	...['home', 'group', 'code', 'lookup'].flatMap((type) => [
		[
			`${type} page: HTML raw / gzip`,
			...results.map((r) => `${kb(r.weights[type].html.raw)} / ${kb(r.weights[type].html.gzip)}`),
		],
		[
			`${type} page: CSS raw / gzip`,
			...results.map((r) => `${kb(r.weights[type].css.raw)} / ${kb(r.weights[type].css.gzip)}`),
		],
		[
			`${type} page: JS raw / gzip`,
			...results.map((r) => `${kb(r.weights[type].js.raw)} / ${kb(r.weights[type].js.gzip)}`),
		],
		[
			`${type} page: requests (to render / all)`,
			...results.map((r) => `${r.weights[type].renderRequests} / ${r.weights[type].requests}`),
		],
	]),
	[
		'Pagefind index (files, largest)',
		...results.map((r) => {
			const p = r.searchData.pagefind;
			return `${kb(p.bytes)} (${p.files}, ${kb(p.largest.bytes)})`;
		}),
	],
	[
		'Exact-code data (shards, largest)',
		...results.map((r) => {
			const e = r.searchData.exact;
			return `${kb(e.bytes)} (${e.files}, ${kb(e.largest.bytes)})`;
		}),
	],
	['First search downloads: a code', ...results.map((r) => kb(r.search.firstSearch.code.bytes))],
	['First search downloads: words', ...results.map((r) => kb(r.search.firstSearch.words.bytes))],
	[
		'Largest single search download',
		...results.map((r) => `${kb(r.search.largestDownload.bytes)} ${r.search.largestDownload.path}`),
	],
	[
		'Exact result painted, median / max (≤ 50 ms)',
		...results.map((r) => `${r.search.exact.median} / ${r.search.exact.max} ms`),
	],
	[
		'Full-text result painted, median / max (≤ 300 ms)',
		...results.map((r) => `${r.search.fullText.median} / ${r.search.fullText.max} ms`),
	],
	[
		'Pasted response to its top code painted, median / max (≤ 50 ms)',
		...results.map((r) => `${r.search.pasted.median} / ${r.search.pasted.max} ms`),
		`1 MB paste decoded and shown, each run (≤ ${DECODER_TARGET_MS} ms)`,
		...results.map((r) => `${r.decoderMs.join(' / ')} ms`),
	],
];
console.log(`\nnpm run bench (${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end)\n`);
console.log(markdownTable(rows[0], rows.slice(1)));
if (linearity !== undefined)
	console.log(
		`\nBuild time per code, ${synthetic.at(-1).catalog} codes over ${synthetic[0].catalog}: ${linearity.toFixed(2)}× (1.00 is linear growth)`,
	);
console.log('Bytes are as transferred, gzipped by tools/serve.mjs. Figures written to bench-results/bench.json');
const scored = results.find((r) => r.lighthouse);
if (scored) {
	console.log(`\nLighthouse on the real catalog (simulated phone on slow 4G)\n`);
	console.log(markdownTable(['Page', ...Object.keys(scored.lighthouse)], lighthouseRows(scored.lighthouse)));
}
