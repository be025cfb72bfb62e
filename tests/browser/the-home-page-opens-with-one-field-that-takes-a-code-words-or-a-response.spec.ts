import { expect, test } from '@playwright/test';
import { catalog } from '../support/catalog.ts';
import { readAnswer } from './support/search.ts';
import { LOOKUP_EXAMPLES } from '../../src/utils/lookup-examples.ts';

const field = (page: import('@playwright/test').Page) =>
	page.getByRole('main').getByRole('combobox', { name: /Paste what BigML\.io sent back/ });

for (const [width, height] of [
	[390, 844],
	[1280, 800],
]) {
	test(`at ${width} px the field and its examples show without scrolling`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({
			viewport: { width: width!, height: height! },
			...(baseURL && { baseURL }),
		});
		const page = await context.newPage();
		await page.goto('/');
		await expect(field(page)).toBeInViewport({ ratio: 1 });
		for (const example of LOOKUP_EXAMPLES)
			await expect(page.getByRole('link', { name: example.label, exact: true })).toBeInViewport({ ratio: 1 });
		await context.close();
	});
}

test('a code typed in the field and Enter opens its page', async ({ page }) => {
	const entry = catalog.byId.get('model/-4002')!;
	await page.goto('/');
	await field(page).pressSequentially('4002');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(entry.path);
});

test('a whole response pasted in the field is decoded in place: the verdict first, then its codes, most specific first', async ({
	page,
}) => {
	const body = '{"code": 400, "status": {"code": -1206, "message": "Validation error"}}';
	await page.goto('/');
	await field(page).focus();
	await page.keyboard.insertText(body);
	const answer = await readAnswer(page, body);
	expect(answer.notes).toMatch(/^Failed: the request \(HTTP 400 .*Why: -1206 /);
	expect(answer.groups[0]?.kind).toBe('response');
	expect(answer.groups[0]?.options.map((o) => o.code)).toEqual(['-1206', '400', '']);
	expect(answer.groups[0]?.options.at(-1)?.href).toMatch(/^\/decode\/#input=/);
	await expect(page).toHaveURL('/');
});

test('an example fills the field and answers in place', async ({ page }) => {
	const example = LOOKUP_EXAMPLES.find((e) => e.input === 'rate limit')!;
	await page.goto('/');
	await field(page).focus();
	await page.getByRole('link', { name: example.label, exact: true }).click();
	await expect(field(page)).toHaveValue(example.input);
	const answer = await readAnswer(page, example.input);
	expect(answer.groups.map((g) => g.kind)).toContain('meaning');
	await expect(page).toHaveURL('/');
});
