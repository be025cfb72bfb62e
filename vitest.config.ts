import { defineConfig } from 'vitest/config';

/**
 * Two projects, run at two moments of `npm test` (tools/test.mjs):
 * - `unit`: pure functions, the catalog and fixture builds; needs no built site, runs before the build.
 * - `dist`: facts about the built site, read from `dist/` in Node (and served by tools/serve.mjs); runs after it.
 * `npx vitest run --project unit` or `--project dist` runs one of them.
 */
export default defineConfig({
	test: {
		// The build tests run Astro itself; give them room on a 2-core machine.
		testTimeout: 60_000,
		// Build tests build a fixture site once in beforeAll: ~5 s alone, far more when the machine is busy.
		hookTimeout: 180_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'dist',
					include: ['tests/dist/**/*.test.ts'],
					globalSetup: ['tests/support/require-build.ts'],
					// Every file reads the same 600 built pages: in one shared module graph per worker they are parsed
					// once per worker, not once per file. The files only read dist/, so they cannot disturb each other.
					isolate: false,
				},
			},
		],
	},
});
