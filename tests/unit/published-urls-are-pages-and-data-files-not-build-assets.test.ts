import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { publishedUrls, restoreAdvice } from '../../tools/permalinks.mjs';

test('published URLs are the pages and data files of a build, not its assets (preview images included), its 404 page or host files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'built-'));
	for (const file of [
		'index.html',
		'errors/model/-4002/index.html',
		'catalog.json',
		'sitemap.xml',
		'404.html',
		'_headers',
		'_astro/page.Ab12.css',
		'pagefind/pagefind.js',
		'search/exact/-40.json',
		'og/errors/model/-4002.png',
	]) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), '');
	}
	expect(publishedUrls(dir)).toEqual(['/', '/catalog.json', '/errors/model/-4002/', '/sitemap.xml']);
});

test('the advice for a lost URL says how to bring it back, never to delete it', () => {
	const advice = restoreAdvice(['/errors/model/-4002/']);
	expect(advice).toContain('/errors/model/-4002/');
	expect(advice).toMatch(/retired: <date>/);
	expect(advice).toMatch(/formerSlugs/);
});
