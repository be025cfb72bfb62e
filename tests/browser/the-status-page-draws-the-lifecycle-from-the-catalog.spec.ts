import { expect, test } from '@playwright/test';
import { lifecycle } from '../../src/utils/guidance.ts';
import { catalog, guidance } from './support/catalog.ts';

const statuses = catalog.groups.find((g) => g.type === 'status')!;
const { path, aside, final } = lifecycle(statuses.entries, guidance);

test('the diagram has one linked node per task status of the catalog, final ones marked', async ({ page }) => {
	await page.goto('/status/');
	const svg = page.locator('figure.lifecycle svg');
	// A group, not an img: an img's children are hidden from assistive technology, and these nodes are links.
	await expect(svg).toHaveAttribute('role', 'group');
	await expect(svg.locator('a')).toHaveCount(statuses.entries.length);
	for (const entry of statuses.entries) {
		const node = svg.locator(`a[href="${entry.path}"]`);
		await expect(node).toContainText(`${entry.code} ${entry.name}`);
		await expect(node.locator('rect')).toHaveClass(final.has(entry) ? /\bfinal\b/ : /^(?!.*\bfinal\b)/);
	}
	expect([...final].map((e) => e.code).sort()).toEqual([-1, 5]);
});

test('the text equivalent lists the usual path in order, then the statuses off it, with the final ones said', async ({
	page,
}) => {
	await page.goto('/status/');
	const lists = page.locator('figure.lifecycle figcaption').locator('ol, ul');
	await expect(lists.nth(0).locator('li > a')).toHaveText(path.map((e) => `${e.code} ${e.name}`));
	await expect(lists.nth(1).locator('li > a')).toHaveText(aside.map((e) => `${e.code} ${e.name}`));
	expect(path.map((e) => e.code)).toEqual([6, 0, 1, 2, 3, 4, 5]);
	await expect(lists.nth(0).locator('li').last()).toContainText('final');
	await expect(lists.nth(0)).toContainText('datasets only');
});

test('the page says how to wait for a resource, as BigML’s bindings do', async ({ page }) => {
	await page.goto('/status/');
	const waiting = page.locator('section', { has: page.getByRole('heading', { name: 'How to wait for a resource' }) });
	await expect(waiting).toContainText('is 5 (Finished) or -1 (Faulty)');
	await expect(waiting).toContainText('exponential backoff');
	await expect(
		waiting.getByRole('link', { name: /bigmlcom\/python › bigml\/api_handlers\/resourcehandler\.py/ }),
	).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the diagram's text and lines contrast with the page in the ${scheme} scheme`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: scheme });
		const page = await context.newPage();
		await page.goto('/status/');
		const colors = await page.evaluate(() => {
			const label = document.querySelector('figure.lifecycle svg .label')!;
			const node = document.querySelector('figure.lifecycle svg .node')!;
			return {
				text: getComputedStyle(label).fill,
				fill: getComputedStyle(node).fill,
				page: getComputedStyle(document.body).backgroundColor,
			};
		});
		const lum = (c: string) => {
			const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number).map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const contrast = (a: string, b: string) => {
			const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		expect(contrast(colors.text, colors.fill)).toBeGreaterThan(7);
		expect(contrast(colors.text, colors.page)).toBeGreaterThan(7);
		await context.close();
	});
}
