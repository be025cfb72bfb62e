import { catalog, permalink } from './support/catalog.ts';
import { expect, readPage, test } from './support/fixtures.ts';

for (const group of catalog.groups) {
	test(`${group.path} lists its ${group.entries.length} codes, each linkable by #number`, async ({ sweep }) => {
		const page = await readPage(sweep, group.path);
		expect(page.status).toBe(200);
		expect(page.h1).toBe(group.title);
		expect(page.meta.canonical).toBe(permalink(group.path));
		expect(page.rows).toHaveLength(group.entries.length);
		group.entries.forEach((entry, i) => {
			const row = page.rows[i]!;
			expect(row.id).toBe(String(entry.code));
			expect(row.links[0]).toEqual({ text: String(entry.code), href: entry.path });
			expect(row.text).toContain(entry.text);
			if (entry.name) expect(row.text).toContain(entry.name);
		});
	});
}

test('an anchor from a ticket scrolls to its row and highlights it', async ({ page }) => {
	const entry = catalog.entries.filter((e) => e.group.type === 'family').at(-1)!;
	await page.goto(`${entry.group.path}#${entry.code}`);
	const row = page.locator(`tr[id="${entry.code}"]`);
	await expect(row).toBeInViewport();
	expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
});
