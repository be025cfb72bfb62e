import type { Locator, Page } from '@playwright/test';

/** The header's search box, by its accessible name. */
export const searchBox = (page: Page): Locator => page.getByRole('combobox', { name: 'Search', exact: true });

/** What the results list shows, read in one round trip. */
export interface ListedResults {
	/** The query the list answers (set once exact and full-text results are both listed). */
	query: string;
	/** The sentences above the results. */
	notes: string;
	/** Each group of results: its kind (exact, other-sign, nearest, text, text-partial), heading and options. */
	groups: { kind: string; heading: string; options: { href: string; code: string; title: string; group: string }[] }[];
}

/**
 * Waits until the results list answers `query` in full (exact codes and full
 * text), then reads it, in one round trip; leaves the box's text selected, so
 * typing next replaces it as a person's select-all would.
 */
export async function readAnswer(page: Page, query: string): Promise<ListedResults> {
	return page.evaluate(async (expected) => {
		const input = document.querySelector<HTMLInputElement>('search-box input');
		const list = document.getElementById(input?.getAttribute('aria-controls') ?? '');
		if (!input || !list) throw new Error('The search box or its results list is missing.');
		if (list.dataset['query'] !== expected) {
			await new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (list.dataset['query'] !== expected) return;
					observer.disconnect();
					resolve();
				});
				observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
			});
		}
		input.select();
		const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
		return {
			query: expected,
			notes: text(list.parentElement?.querySelector('.search-notes')),
			groups: [...list.querySelectorAll<HTMLElement>('[data-kind]')].map((group) => ({
				kind: group.dataset['kind'] ?? '',
				heading: text(group.querySelector('.search-group-heading')),
				options: [...group.querySelectorAll('[role="option"]')].map((option) => ({
					href: option.getAttribute('href') ?? '',
					code: text(option.querySelector('.search-hit-code')),
					title: text(option.querySelector('.search-hit-title')),
					group: text(option.querySelector('.search-hit-group')),
				})),
			})),
		};
	}, query.trim());
}

/**
 * Enters a query into the header's box as a person does, over whatever it
 * holds (selected by the previous `readAnswer`): typed key by key, or pasted
 * in one go; then reads the answer.
 */
export async function typeQuery(
	page: Page,
	query: string,
	entry: 'typed' | 'pasted' = 'typed',
): Promise<ListedResults> {
	const box = searchBox(page);
	if (!(await box.evaluate((input) => input === document.activeElement))) {
		await box.focus();
		await box.selectText();
	}
	if (entry === 'pasted') await page.keyboard.insertText(query);
	else await page.keyboard.type(query);
	return readAnswer(page, query);
}

/** The pages a results list links to, group by group, in order. */
export const hrefs = (results: ListedResults, kinds?: readonly string[]): string[] =>
	results.groups.filter((g) => !kinds || kinds.includes(g.kind)).flatMap((g) => g.options.map((o) => o.href));
