import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The build tests run Astro itself; give them room on a 2-core machine.
		testTimeout: 60_000,
		// Build tests build a fixture site once in beforeAll: ~5 s alone, far more when the machine is busy.
		hookTimeout: 180_000,
	},
});
