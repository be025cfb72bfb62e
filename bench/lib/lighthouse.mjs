// Scores pages with Lighthouse's default run (a mid-range phone on a slow 4G
// network, simulated), several runs per page. Shared by `npm run bench` (the
// real catalog, after its other measures) and `npm run bench:lighthouse` (the
// built site). A benchmark, not a test: the performance score moves with the
// host's load, so it is reported with its spread and never fails a run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The categories scored; every one but performance must be 100 whatever the host. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Issue 6's targets. Performance is judged on a page's best run: other work on
 * the host only ever makes a load slower, never faster (measured here: 100 on
 * every run when idle; with one of 2 cores kept busy, 82 to 100, the best run
 * still 100), so the best of several runs is the page's own score, as a
 * benchmark's minimum time is. CI's host scored the home page 97 to 99 on cold
 * runs, hence 99 rather than 100. Layout shift does not depend on the host's
 * speed: none, on every run.
 */
export const LIGHTHOUSE_TARGETS = { bestPerformance: 99, otherCategories: 100, layoutShift: 0 };

/**
 * How many times a run is tried when Lighthouse itself fails: a scored audit
 * it could not run (seen once in 5 runs of the home page with one core kept
 * busy: best practices came back with no score), or a trace it could not
 * record (NO_NAVSTART, "Please run Lighthouse again", seen on a busy host).
 * Neither says anything about the page; a run that fails every attempt is
 * reported as such and left out of the scores.
 */
const ATTEMPTS = 3;

/**
 * One Lighthouse run: the four scores out of 100, layout shift, and the scored
 * audits that lost points; or, when Lighthouse failed every attempt, why.
 */
async function audit(port, url) {
	const failures = [];
	for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
		const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
		if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
		const { categories, audits, environment, runtimeError } = result.lhr;
		// A scored audit that Lighthouse could not run leaves its whole category without a score.
		const failed = CATEGORIES.flatMap((c) => categories[c]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && audits[ref.id]?.scoreDisplayMode === 'error')
			.map((ref) => `${ref.id}: ${audits[ref.id]?.errorMessage ?? 'no message'}`);
		if (runtimeError) failed.unshift(`${runtimeError.code}: ${runtimeError.message}`);
		if (failed.length > 0) {
			failures.push(`attempt ${attempt}: ${failed.join('; ')}`);
			continue;
		}
		const lost = Object.values(audits)
			.filter(
				(a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
			)
			.map((a) => `${a.id} ${a.displayValue ?? ''} (${a.score})`);
		return {
			scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
			layoutShift: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
			benchmarkIndex: Math.round(environment.benchmarkIndex),
			lost,
			failures,
		};
	}
	return { failures };
}

/**
 * Scores each page `runs` times in a headless Chromium of its own, after one
 * unscored warm-up load (a cold browser slows the first load it measures).
 * @param {{ baseURL: string, pages: Record<string, string>, runs?: number }} options
 *   `pages` maps a name (home, group, code) to its path.
 */
export async function scorePages({ baseURL, pages, runs = 5 }) {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		await audit(chrome.port, new URL('/', baseURL).href);
		const scored = {};
		for (const [name, path] of Object.entries(pages)) {
			console.error(`  Lighthouse: ${runs} runs of the ${name} page, ${path}`);
			const attempts = [];
			for (let i = 0; i < runs; i++) attempts.push(await audit(chrome.port, new URL(path, baseURL).href));
			const all = attempts.filter((r) => r.scores);
			if (all.length === 0)
				throw new Error(`Lighthouse failed every run of ${path}:\n${attempts.flatMap((r) => r.failures).join('\n')}`);
			const performance = all.map((r) => r.scores.performance);
			const others = CATEGORIES.filter((c) => c !== 'performance');
			scored[name] = {
				path,
				performance,
				bestPerformance: Math.max(...performance),
				/** The lowest score of each other category over the runs. */
				worst: Object.fromEntries(others.map((c) => [c, Math.min(...all.map((r) => r.scores[c]))])),
				layoutShift: Math.max(...all.map((r) => r.layoutShift)),
				benchmarkIndex: all.map((r) => r.benchmarkIndex),
				lost: [...new Set(all.flatMap((r) => r.lost))],
				/** Runs Lighthouse could not complete in any attempt, left out of the scores. */
				failedRuns: attempts.length - all.length,
				failedAttempts: attempts.flatMap((r) => r.failures),
			};
		}
		return scored;
	} finally {
		chrome.kill();
	}
}

/**
 * Whether a page's scores meet {@link LIGHTHOUSE_TARGETS}, and if not, why.
 * @param {Awaited<ReturnType<typeof scorePages>>[string]} page
 * @returns {string[]} what misses its target (empty when all are met)
 */
export function missedTargets(page) {
	const missed = [];
	if (page.bestPerformance < LIGHTHOUSE_TARGETS.bestPerformance)
		missed.push(`performance ${page.bestPerformance} at best (${page.performance.join(', ')})`);
	for (const [category, score] of Object.entries(page.worst))
		if (score < LIGHTHOUSE_TARGETS.otherCategories) missed.push(`${category} ${score}`);
	if (page.layoutShift > LIGHTHOUSE_TARGETS.layoutShift) missed.push(`layout shift ${page.layoutShift}`);
	return missed;
}

/**
 * The scores as table rows, one per measure, one column per page (with its
 * target); a page that misses one is marked in the last row.
 * @param {Awaited<ReturnType<typeof scorePages>>} scores
 * @returns {string[][]}
 */
export function lighthouseRows(scores) {
	const pages = Object.values(scores);
	const others = Object.keys(pages[0]?.worst ?? {});
	return [
		['Path', ...pages.map((p) => p.path)],
		[
			`Performance, best of ${pages[0]?.performance.length ?? 0} (≥ ${LIGHTHOUSE_TARGETS.bestPerformance})`,
			...pages.map((p) => String(p.bestPerformance)),
		],
		['Performance, every run', ...pages.map((p) => p.performance.join(', '))],
		...others.map((c) => [
			`${c}, lowest run (${LIGHTHOUSE_TARGETS.otherCategories})`,
			...pages.map((p) => String(p.worst[c])),
		]),
		[`Layout shift, largest run (${LIGHTHOUSE_TARGETS.layoutShift})`, ...pages.map((p) => String(p.layoutShift))],
		['Host benchmark index', ...pages.map((p) => p.benchmarkIndex.join(', '))],
		[
			'Attempts Lighthouse failed (retried)',
			...pages.map((p) => `${p.failedAttempts.length}${p.failedRuns ? `, ${p.failedRuns} runs lost` : ''}`),
		],
		['Targets', ...pages.map((p) => missedTargets(p).join('; ') || 'met')],
	];
}
