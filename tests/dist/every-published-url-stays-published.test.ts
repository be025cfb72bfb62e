import { describe, expect, test } from 'vitest';
import { publishedUrls, readManifest, restoreAdvice } from '../../tools/permalinks.mjs';
import { DIST } from '../support/built-site.ts';

/**
 * permalinks.json lists every URL the site has published; tickets written
 * today link to them for years. The manifest describes the site built from
 * data/, so a build of another catalog (CATALOG_DIR) is not held to it. That
 * the server answers each URL is checked in
 * every-url-answers-with-and-without-its-trailing-slash.test.ts.
 */
describe.skipIf(!!process.env['CATALOG_DIR'])('every published URL stays published', () => {
	const manifest: string[] = readManifest();
	const built = publishedUrls(DIST);

	test('every URL of permalinks.json is still built', () => {
		const known = new Set(built);
		const missing = manifest.filter((url) => !known.has(url));
		expect(missing, restoreAdvice(missing)).toEqual([]);
	});

	test('every URL the build publishes is in permalinks.json', () => {
		const known = new Set(manifest);
		const unlisted = built.filter((url) => !known.has(url));
		expect(
			unlisted,
			'New URLs are published but not protected yet: run `npm run permalinks:update` and commit permalinks.json',
		).toEqual([]);
	});
});
