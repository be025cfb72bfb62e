import { test as base, type Page } from '@playwright/test';

/**
 * `test` with a `sweep` page: one browser context per worker, reused by the
 * tests that visit many pages or enter many queries. A fresh context costs
 * about half a second on a 2-core machine; a navigation resets all a page needs.
 */
export const test = base.extend<{ sweep: Page }, { sweepPage: Page }>({
	sweepPage: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL } = workerInfo.project.use;
			const context = await browser.newContext({ ...(baseURL && { baseURL }) });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	sweep: async ({ sweepPage }, use) => use(sweepPage),
});

export { expect } from '@playwright/test';
