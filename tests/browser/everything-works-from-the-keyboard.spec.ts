import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { representativePages } from '../support/built-site.ts';

/** How many Tab presses a tour of one page makes: enough for the header, the page's controls and its first rows. */
const TOUR = 30;
const pages = representativePages();

/** One Tab stop: whether it follows the previous stop in the page's order, and whether its focus shows. */
interface Stop {
	label: string;
	inOrder: boolean;
	visible: boolean;
}

/**
 * Presses Tab up to `presses` times and reports every stop: whether it is the
 * next tabbable element after the previous stop in the page as it is then
 * (search results and other content may appear on the way), and whether focus
 * shows (an outline of at least 2 px, or a box shadow) inside the viewport.
 */
async function tabTour(
	page: Page,
	presses: number,
): Promise<{ stops: Stop[]; start: string | null; wrapped: boolean }> {
	await page.evaluate(() => {
		const tabbable = () =>
			[
				...document.querySelectorAll<HTMLElement>(
					'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]',
				),
			].filter((el) => el.tabIndex >= 0 && el.checkVisibility());
		const stops: Stop[] = [];
		// A page may place focus itself (the search page focuses its field): the tour then starts from there.
		let previous = document.activeElement === document.body ? undefined : (document.activeElement as HTMLElement);
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const order = tabbable();
			// Past the last stop, focus leaves the page and comes back to its first: the tour is complete.
			if (stops.length > 0 && el === order[0]) Object.assign(window, { kbdWrapped: true });
			if ((window as unknown as { kbdWrapped?: boolean }).kbdWrapped) return;
			const style = getComputedStyle(el);
			const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			const rect = el.getBoundingClientRect();
			const inView = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
			stops.push({
				label: `<${el.localName}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
				inOrder: order.indexOf(el) === (previous ? order.indexOf(previous) + 1 : 0),
				visible: (outline || style.boxShadow !== 'none') && inView,
			});
			previous = el;
		});
		Object.assign(window, { kbdStops: stops, kbdStart: previous?.localName ?? null });
	});
	const count = () =>
		page.evaluate(() => {
			const { kbdStops, kbdWrapped } = window as unknown as { kbdStops: Stop[]; kbdWrapped?: boolean };
			return kbdWrapped ? Infinity : kbdStops.length;
		});
	// A press made while a lazily loaded script takes over the search field can be lost; a few spare presses
	// absorb that, while a trap (focus that stops moving) still ends the tour short.
	for (let i = 0; i < presses + 5 && (await count()) < presses; i++) await page.keyboard.press('Tab');
	return page.evaluate(() => {
		const { kbdStops, kbdStart } = window as unknown as { kbdStops: Stop[]; kbdStart: string | null };
		const { kbdWrapped } = window as unknown as { kbdWrapped?: boolean };
		return { stops: kbdStops, start: kbdStart, wrapped: kbdWrapped ?? false };
	});
}

test('the skip link shows when reached and moves focus to the content', async ({ sweep: page }) => {
	await page.goto(pages[0]!.path);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

for (const { type, path } of pages) {
	test(`${path} (${type}): Tab reaches every control in order, each with a visible focus ring`, async ({
		sweep: page,
	}) => {
		await page.goto(path);
		const { stops, start, wrapped } = await tabTour(page, TOUR);
		if (start === null) expect(stops[0]?.label, 'the first stop is the skip link').toBe('<a> Skip to content');
		if (!wrapped) expect(stops.length, 'focus keeps moving on Tab').toBeGreaterThanOrEqual(TOUR);
		expect(
			stops.filter((s) => !s.inOrder).map((s) => s.label),
			'stops out of reading order',
		).toEqual([]);
		expect(
			stops.filter((s) => !s.visible).map((s) => s.label),
			'stops without a visible focus ring',
		).toEqual([]);
	});
}

test('a table can be reached with the keyboard at 320 px, scrolled when wider than the screen, and its rows followed', async ({
	sweep: page,
}) => {
	await page.setViewportSize({ width: 320, height: 700 });
	let reached = 0;
	for (const { path } of pages) {
		await page.goto(path);
		const frame = page.locator('.table-wrap').first();
		if ((await frame.count()) === 0) continue;
		// Focus the last stop before the table (the tour above walks the whole order), then Tab into it.
		await frame.evaluate((table) => {
			const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')]
				.filter((el) => el.tabIndex >= 0 && el.checkVisibility())
				.filter((el) => el.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING)
				.filter((el) => !table.contains(el));
			before.at(-1)?.focus();
		});
		await page.keyboard.press('Tab');
		await expect(frame, `${path}: the table's frame takes focus`).toBeFocused();
		if (await frame.evaluate((el) => el.scrollWidth > el.clientWidth)) {
			for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
			// Arrow keys scroll smoothly: the position settles after the key presses.
			await expect
				.poll(() => frame.evaluate((el) => el.scrollLeft), `${path}: arrows scroll the table`)
				.toBeGreaterThan(0);
		}
		reached += 1;
		await page.keyboard.press('Tab');
		await expect(frame.locator('tbody a').first(), `${path}: the next stop is the first row's link`).toBeFocused();
	}
	// Tables now fit a 320 px screen (the meaning beside the code): each is still a stop of its own.
	expect(reached, 'pages with a table were visited').toBeGreaterThan(0);
	await page.setViewportSize({ width: 1280, height: 720 });
});

test('the copy buttons work from the keyboard and announce what they copied', async ({ page }) => {
	const path = pages.find((p) => /:code\/$/.test(p.type) && !p.type.startsWith('/codes/'))!.path;
	await page.goto(path);
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
	const copyLink = page.getByRole('button', { name: 'Copy link' });
	for (let i = 0; i < 30 && !(await copyLink.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(copyLink).toBeFocused();
	await page.keyboard.press('Enter');
	// Built without SITE_URL, the link names the origin the page was opened at.
	const address = new URL(path, page.url()).href;
	await expect.poll(clipboard).toBe(address);
	await expect(page.getByRole('status').first()).toHaveText('Link copied to the clipboard');

	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect.poll(clipboard).toContain(`](${address})`);
	await expect(page.getByRole('status').nth(1)).toHaveText(
		'Link and advice copied as rich text, with Markdown beside it',
	);

	// The format is the next stop, and a choice made from the keyboard is what the button copies next.
	await page.keyboard.press('Tab');
	const format = page.getByRole('combobox', { name: 'Format' });
	await expect(format).toBeFocused();
	await format.selectOption('link');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect.poll(clipboard).toBe(address);
});
