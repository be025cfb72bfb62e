import { expect, test } from '@playwright/test';
import { lifecycle } from '../../src/utils/guidance.ts';
import { catalog, guidance } from '../support/catalog.ts';

const statuses = catalog.groups.find((g) => g.type === 'status')!;
const { path, aside } = lifecycle(statuses.entries, guidance);

// That the diagram has one linked node per status, final ones marked, is checked over dist/
// (tests/dist/the-status-page-draws-the-lifecycle-from-the-catalog.test.ts).
test('the page leads with the diagram, then lists each status once, in the table, marking those BigML’s table leaves out', async ({
	page,
}) => {
	await page.goto('/status/');
	const figure = page.locator('figure.lifecycle');
	const table = page.locator('main table');
	// The diagram comes before the table, right after the title and its lede.
	expect(
		await figure.evaluate(
			(f, t) => !!(f.compareDocumentPosition(t!) & Node.DOCUMENT_POSITION_FOLLOWING),
			await table.elementHandle(),
		),
	).toBe(true);
	// No third listing: outside the diagram and the table, no link to a status page.
	const elsewhere = page.locator(`main a[href^="/status/-"], main a[href^="/status/"]:not([href="/status/"])`);
	const outside = await elsewhere.evaluateAll(
		(links) => links.filter((a) => !a.closest('figure.lifecycle, table')).length,
	);
	expect(outside).toBe(0);
	await expect(table.locator('tbody tr')).toHaveCount(statuses.entries.length);
	for (const entry of statuses.entries) {
		const row = table.locator('tbody tr', { has: page.locator(`a[href="${entry.path}"]`) });
		if (entry.provenance === 'observed') await expect(row).toContainText('not in BigML’s table');
		else await expect(row).not.toContainText('not in BigML’s table');
	}
	expect(path.map((e) => e.code)).toEqual([6, 0, 1, 2, 3, 4, 5]);
	expect(aside.map((e) => e.code)).toEqual([-1, -2, -3]);
});

test('the legend explains every mark the diagram draws', async ({ page }) => {
	await page.goto('/status/');
	const svg = page.locator('figure.lifecycle svg');
	const legend = svg.locator('.legend');
	const drawn = await svg.evaluate((el) => ({
		final: el.querySelectorAll(':scope > a rect.final:not(.aside)').length > 0,
		failed: el.querySelectorAll(':scope > a rect.final.aside').length > 0,
		observed: el.querySelectorAll(':scope > a rect.observed').length > 0,
		failure: el.querySelectorAll(':scope > .fail-edge .dashed').length > 0,
		step: el.querySelectorAll(':scope > line.edge').length > 0,
	}));
	expect(drawn).toEqual({ final: true, failed: true, observed: true, failure: true, step: true });
	await expect(legend.locator('rect.final:not(.aside)')).toHaveCount(1);
	await expect(legend.locator('rect.final.aside')).toHaveCount(1);
	await expect(legend.locator('rect.observed')).toHaveCount(1);
	await expect(legend.locator('line.dashed')).toHaveCount(1);
	await expect(legend.locator('line:not(.dashed)')).toHaveCount(1);
	await expect(legend).toContainText('not in BigML’s table');
	await expect(legend).toContainText('final');
});

test('the page says how to wait for a resource with code to run, in Python and Node.js', async ({ page }) => {
	await page.goto('/status/');
	const waiting = page.locator('section', { has: page.getByRole('heading', { name: 'How to wait for a resource' }) });
	await expect(waiting.locator('pre.language-python')).toContainText('api.ok(resource, wait_time=1, max_requests=10)');
	await expect(waiting.locator('pre.language-javascript')).toContainText('{ retries: 10, wait: 1000 }');
	await expect(
		waiting.getByRole('link', { name: /bigmlcom\/python › bigml\/api_handlers\/resourcehandler\.py/ }).first(),
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
