import { expect, test } from '@playwright/test';
import { lookupPath } from '../../src/utils/paths.ts';
import { catalog, withoutSlash } from '../support/catalog.ts';

/** Every published URL of a group: its page, its codes' pages and their number lookups. */
const urlsByGroup = catalog.groups.map((group) => ({
	group,
	paths: [group.path, ...group.entries.flatMap((e) => [e.path, lookupPath(e.code)])],
}));
const sitePaths = ['/', '/errors/', '/codes/'];

for (const { group, paths } of [...urlsByGroup, { group: { path: 'site pages' }, paths: sitePaths }]) {
	test(`${group.path}: each URL answers 200, and without its slash redirects to it`, async ({ request }) => {
		for (const path of paths) {
			expect((await request.get(path)).status(), path).toBe(200);
			if (path === '/') continue;
			const bare = await request.get(withoutSlash(path), { maxRedirects: 0 });
			expect(bare.status(), withoutSlash(path)).toBe(301);
			expect(new URL(bare.headers()['location'] ?? '', 'http://x').pathname).toBe(path);
		}
	});
}

test('a link that lost its slash still lands on the page in a browser', async ({ page }) => {
	const entry = catalog.entries.at(-1)!;
	await page.goto(withoutSlash(entry.path));
	await expect(page).toHaveURL(entry.path);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(String(entry.code));
});
