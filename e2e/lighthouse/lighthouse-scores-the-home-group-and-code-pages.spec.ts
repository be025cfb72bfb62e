import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { catalog } from '../support/catalog';

/**
 * Lighthouse's default run: a mid-range phone on a slow 4G network, simulated.
 * This project runs alone, after every other test (playwright.config.ts): a
 * busy CPU lowers the performance score of a page that is no slower.
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * The performance score moves between runs of the same page (measured on this
 * 2-core machine: 98 to 100 over 5 runs), so it is the median of RUNS runs, as
 * Lighthouse's variability guide advises. Accessibility, best practices and SEO
 * do not vary: each run must score 100.
 */
const RUNS = 3;
/**
 * The median performance score a page must reach. Issue 6 asks for 100; on this
 * machine the median is 99 to 100 (see the README), so the test guards against
 * regressions from there while that target stays open.
 */
const MIN_PERFORMANCE = 98;

// The largest family: its page is the longest group page, its codes list the most siblings.
const family = catalog.groups
	.filter((g) => g.type === 'family')
	.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
const pages = { home: '/', group: family.path, code: family.entries[0]!.path };

let chrome: chromeLauncher.LaunchedChrome | undefined;
test.beforeAll(async () => {
	chrome = await chromeLauncher.launch({
		chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
});
test.afterAll(() => chrome?.kill());

/** One Lighthouse run: the four scores out of 100, and the scored audits that lost points. */
async function audit(url: string) {
	const result = await lighthouse(url, {
		port: chrome!.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
	});
	if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
	const { categories, audits } = result.lhr;
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
	) as Record<Category, number>;
	const lost = Object.values(audits)
		.filter(
			(a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
		)
		.map((a) => `${a.id} ${a.displayValue ?? ''} (${a.score})`);
	return { scores, lost };
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const [type, path] of Object.entries(pages)) {
	test(`the ${type} page (${path}) scores 100 for accessibility, best practices and SEO, and ≥${MIN_PERFORMANCE} for performance`, async ({
		baseURL,
	}) => {
		test.setTimeout(RUNS * 60_000);
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await audit(new URL(path, baseURL).href));
		const lost = [...new Set(runs.flatMap((r) => r.lost))].join('; ') || 'none';
		for (const run of runs)
			expect(
				{
					accessibility: run.scores.accessibility,
					'best-practices': run.scores['best-practices'],
					seo: run.scores.seo,
				},
				`audits that lost points: ${lost}`,
			).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
		const performance = runs.map((r) => r.scores.performance);
		expect(
			median(performance),
			`performance over ${RUNS} runs: ${performance.join(', ')}; ${lost}`,
		).toBeGreaterThanOrEqual(MIN_PERFORMANCE);
	});
}
