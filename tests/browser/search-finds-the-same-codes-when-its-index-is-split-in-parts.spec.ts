import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { hrefs, readAnswer } from './support/search.ts';
import { serveSite, type ServedSite } from '../support/serve-site.ts';

/**
 * A large catalog's full-text index is built in parts the browser merges
 * (tools/full-text-index.mjs). The real catalog fits in one, so this indexes a
 * copy of the built site again in parts of 60 pages, and searches both sites
 * for the same queries.
 */
const PAGES_PER_PART = 60;
const QUERIES = ['faulty', 'cannot be cloned', 'too many', 'linear regression', 'payment'];
/** A query with a filter: the filter index is split too. */
const FILTERED = '/search/?q=cannot&group=family&family=model';

// One worker builds the split site once and runs every test here on it.
test.describe.configure({ mode: 'default' });

let site: string;
let served: ServedSite;
test.beforeAll(async () => {
	site = join(mkdtempSync(join(tmpdir(), 'split-index-')), 'dist');
	cpSync('dist', site, { recursive: true });
	rmSync(join(site, 'pagefind'), { recursive: true });
	const index = spawnSync('node', ['tools/full-text-index.mjs', '--site', site], {
		env: { ...process.env, SEARCH_PAGES_PER_PART: String(PAGES_PER_PART) },
		encoding: 'utf8',
	});
	if (index.status !== 0) throw new Error(`The split index was not built:\n${index.stdout}${index.stderr}`);
	served = await serveSite(site);
});
test.afterAll(async () => {
	await served?.close();
	rmSync(join(site, '..'), { recursive: true, force: true });
});

test(`the real catalog indexed in parts of ${PAGES_PER_PART} pages lists every part, none larger than that`, () => {
	const pagefind = join(site, 'pagefind');
	const parts: string[] = JSON.parse(readFileSync(join(pagefind, 'parts.json'), 'utf8'));
	expect(parts.length).toBeGreaterThan(1);
	for (const bundle of ['/pagefind/', ...parts]) {
		const dir = join(site, bundle);
		const meta = readdirSync(dir).filter((f) => f.endsWith('.pf_meta'));
		expect(meta, `${bundle} has one page list`).toHaveLength(1);
		expect(statSync(join(dir, meta[0]!)).size).toBeGreaterThan(0);
	}
});

for (const path of [...QUERIES.map((q) => `/search/?q=${encodeURIComponent(q)}`), FILTERED]) {
	test(`${path} lists the same codes from the split index as from one index`, async ({ sweep, baseURL }) => {
		const query = new URL(path, baseURL).searchParams.get('q') ?? '';
		await sweep.goto(new URL(path, baseURL).href);
		const whole = hrefs(await readAnswer(sweep, query));
		await sweep.goto(new URL(path, served.origin).href);
		const parts = hrefs(await readAnswer(sweep, query));
		expect(whole.length, `${path} finds codes`).toBeGreaterThan(0);
		expect(parts.toSorted()).toEqual(whole.toSorted());
	});
}
