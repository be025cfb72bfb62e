import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4321);

/**
 * Browser tests run against the built site (dist/), served the way a static
 * host serves it, in the machine's Chromium: Playwright's own browser
 * downloads are not used. They check behaviour (scripts, keyboard, clipboard,
 * axe, layout, print) on representative pages; facts about the built files
 * are checked in Node by the Vitest `dist` project, and Lighthouse is measured
 * by `npm run bench`.
 */
export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	// Both cores: the tests wait on the browser far more than they compute.
	workers: process.env['E2E_WORKERS'] ? Number(process.env['E2E_WORKERS']) : 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		},
		permissions: ['clipboard-read', 'clipboard-write'],
	},
	webServer: {
		command: 'node tools/serve.mjs',
		env: { PORT: String(port) },
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
	},
});
