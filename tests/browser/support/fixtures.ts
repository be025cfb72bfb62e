import { test as base, type Page } from '@playwright/test';

/**
 * `test` with a `sweep` page: one browser context per worker, reused by the
 * catalog-wide tests that visit hundreds of pages. A fresh context costs about
 * half a second on a 2-core machine; a navigation resets all a page needs.
 */
export const test = base.extend<{ sweep: Page }, { sweepPage: Page; sweepJavaScript: boolean }>({
	/** Whether the sweep page runs scripts; `test.use({ sweepJavaScript: false })` reads pages as a no-JS visitor. */
	sweepJavaScript: [true, { option: true, scope: 'worker' }],
	sweepPage: [
		async ({ browser, sweepJavaScript }, use, workerInfo) => {
			const { baseURL } = workerInfo.project.use;
			const context = await browser.newContext({ ...(baseURL && { baseURL }), javaScriptEnabled: sweepJavaScript });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	sweep: async ({ sweepPage }, use) => use(sweepPage),
});

export { expect } from '@playwright/test';

/** What a page shows, read in one round trip rather than one query per fact. */
export interface PageFacts {
	status: number;
	url: string;
	title: string;
	h1: string;
	article: string;
	breadcrumbs: string;
	meta: Record<string, string | null>;
	rows: { id: string; text: string; current: boolean; links: { text: string; href: string }[] }[];
}

/** Opens a path and reads the facts the catalog tests check. */
export async function readPage(page: Page, path: string): Promise<PageFacts> {
	const response = await page.goto(path);
	const facts = await page.evaluate(() => {
		const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
		const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null;
		return {
			url: location.pathname,
			title: document.title,
			h1: text(document.querySelector('h1')),
			article: text(document.querySelector('article')),
			breadcrumbs: text(document.querySelector('nav[aria-label="Breadcrumbs"]')),
			meta: {
				canonical: attr('link[rel="canonical"]', 'href'),
				description: attr('meta[name="description"]', 'content'),
				ogTitle: attr('meta[property="og:title"]', 'content'),
				ogDescription: attr('meta[property="og:description"]', 'content'),
				ogUrl: attr('meta[property="og:url"]', 'content'),
				refresh: attr('meta[http-equiv="refresh"]', 'content'),
			},
			rows: [...document.querySelectorAll('tbody tr')].map((row) => ({
				id: row.id,
				text: text(row),
				current: row.hasAttribute('aria-current'),
				links: [...row.querySelectorAll('a')].map((a) => ({ text: text(a), href: a.getAttribute('href') ?? '' })),
			})),
		};
	});
	return { status: response?.status() ?? 0, ...facts };
}
