import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { readAnswer, searchBox } from './support/search.ts';

test('/ focuses the search box from anywhere on the page', async ({ sweep }) => {
	await sweep.goto('/errors/model/');
	await sweep.locator('body').click({ position: { x: 5, y: 300 } });
	await sweep.keyboard.press('/');
	await expect(searchBox(sweep)).toBeFocused();
	await expect(searchBox(sweep)).toHaveValue('');
});

test('/ typed in another field stays a character in that field', async ({ sweep }) => {
	await sweep.goto('/errors/model/');
	// The site has no other text field yet; a page that embeds one must keep its slashes.
	await sweep.evaluate(() =>
		document.querySelector('main')?.prepend(Object.assign(document.createElement('input'), { id: 'other' })),
	);
	await sweep.locator('#other').pressSequentially('a/b');
	await expect(sweep.locator('#other')).toHaveValue('a/b');
	await expect(searchBox(sweep)).not.toBeFocused();
});

test('arrow keys move through the results and Enter opens the chosen one', async ({ sweep }) => {
	await sweep.goto('/http/');
	const box = searchBox(sweep);
	await box.pressSequentially('faulty');
	const results = await readAnswer(sweep, 'faulty');
	const options = results.groups.flatMap((g) => g.options);
	expect(options.length).toBeGreaterThan(2);
	const chosen = () =>
		sweep.evaluate(() => {
			const id = document.querySelector('search-box input')?.getAttribute('aria-activedescendant');
			const option = id ? document.getElementById(id) : null;
			return option?.getAttribute('aria-selected') === 'true' ? option.getAttribute('href') : null;
		});
	await sweep.keyboard.press('ArrowDown');
	expect(await chosen()).toBe(options[0]?.href);
	await sweep.keyboard.press('ArrowDown');
	expect(await chosen()).toBe(options[1]?.href);
	await sweep.keyboard.press('ArrowUp');
	expect(await chosen()).toBe(options[0]?.href);
	await sweep.keyboard.press('ArrowUp');
	expect(await chosen()).toBeNull();
	await sweep.keyboard.press('ArrowUp');
	expect(await chosen()).toBe(options.at(-1)?.href);
	await sweep.keyboard.press('ArrowDown');
	await sweep.keyboard.press('ArrowDown');
	await sweep.keyboard.press('ArrowDown');
	await sweep.keyboard.press('Enter');
	await expect(sweep).toHaveURL(options[1]?.href ?? 'missing');
	await expect(sweep.getByRole('heading', { level: 1 })).toContainText(options[1]?.code ?? 'missing');
});

test('Escape closes the results and the box keeps the query', async ({ sweep }) => {
	await sweep.goto('/http/');
	const box = searchBox(sweep);
	await box.pressSequentially('-4002');
	await readAnswer(sweep, '-4002');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(sweep.getByRole('listbox', { name: 'Search results' })).toBeVisible();
	await sweep.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(sweep.getByRole('listbox', { name: 'Search results' })).toBeHidden();
	await expect(box).toHaveValue('-4002');
	await sweep.keyboard.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
	await sweep.keyboard.press('Enter');
	await expect(sweep).toHaveURL(catalog.byNumber.get(-4002)?.[0]?.path ?? 'missing');
});

test('Tab leaves the box without stopping on every result', async ({ sweep }) => {
	await sweep.goto('/http/');
	await searchBox(sweep).pressSequentially('faulty');
	await readAnswer(sweep, 'faulty');
	await sweep.keyboard.press('Tab');
	await expect(searchBox(sweep)).toHaveAttribute('aria-expanded', 'false');
	expect(await sweep.evaluate(() => document.activeElement?.closest('[role="listbox"]'))).toBeNull();
});
