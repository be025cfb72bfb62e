// npm run bench:lighthouse — scores the built site (dist/) with Lighthouse:
// the home page, the largest family's page and its first code page, 5 runs
// each after a warm-up, on a simulated phone on slow 4G. It builds nothing:
// run `npm run build` first. Run it with nothing else on the machine: other
// work only ever lowers a performance score. Prints a table and writes
// bench-results/lighthouse-<time>.json. (`npm run bench` scores the same pages.)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { markdownTable } from './lib/markdown-table.mjs';
import { lighthouseRows, LIGHTHOUSE_TARGETS, scorePages } from './lib/lighthouse.mjs';
import { samplePages } from './lib/sample-pages.mjs';
import { siteServer } from '../tools/serve.mjs';

if (!existsSync('dist/index.html')) {
	console.error('dist/ has no built site: run `npm run build` first.');
	process.exit(1);
}

const server = siteServer('dist').listen(0);
const baseURL = `http://localhost:${server.address().port}`;
const { home, group, code } = samplePages('dist');
const scores = await scorePages({ baseURL, pages: { home, group, code } });
server.close();

console.log(`\nLighthouse on the built site (${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)} at the end)\n`);
console.log(markdownTable(['Page', ...Object.keys(scores)], lighthouseRows(scores)));
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
	file,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine: { cpus: cpus().length, loadavg: loadavg() },
			targets: LIGHTHOUSE_TARGETS,
			scores,
		},
		null,
		2,
	),
);
console.log(`Wrote ${file}`);
