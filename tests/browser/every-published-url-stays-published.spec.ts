import { expect, test } from '@playwright/test';
import { publishedUrls, readManifest, restoreAdvice } from '../../tools/permalinks.mjs';
import { DIST, notOk } from './support/site.ts';

/**
 * permalinks.json lists every URL the site has published; tickets written
 * today link to them for years. The manifest describes the site built from
 * data/, so a build of another catalog (CATALOG_DIR) is not held to it.
 */
test.skip(!!process.env['CATALOG_DIR'], 'permalinks.json describes the site built from data/');

const manifest: string[] = readManifest();

test('every URL of permalinks.json is still built and answers 200', async ({ request }) => {
	const built = new Set(publishedUrls(DIST));
	const missing = manifest.filter((url) => !built.has(url));
	expect(missing, restoreAdvice(missing)).toEqual([]);

	expect(await notOk(request, manifest)).toEqual([]);
});

test('every URL the build publishes is in permalinks.json', () => {
	const known = new Set(manifest);
	const unlisted = publishedUrls(DIST).filter((url) => !known.has(url));
	expect(
		unlisted,
		'New URLs are published but not protected yet: run `npm run permalinks:update` and commit permalinks.json',
	).toEqual([]);
});
