import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules, and axe's best practices (landmarks, one h1, headings in order…). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Loads axe into the open page once. @axe-core/playwright injects its 600 kB
 * again before every analysis (1 to 2.7 s each, measured here); the tests run
 * axe four times per page (two schemes, two widths), so they inject it once and
 * call it directly. Injected through the DevTools protocol, it is not subject
 * to the page's Content-Security-Policy.
 */
export async function injectAxe(page: Page): Promise<void> {
	await page.evaluate(axe.source);
}

/** The rules whose outcome depends on the colours alone: a change of scheme can only change these. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is now drawn (all of {@link AXE_TAGS}, or only the
 * given rules) and describes each violation with the elements at fault.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: AXE_TAGS };
	const violations = await page.evaluate(
		async (only) =>
			(
				await (window as unknown as { axe: typeof axe }).axe.run(document, {
					runOnly: only,
					resultTypes: ['violations'],
				})
			).violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
		runOnly,
	);
	return violations.map((v) => `${v.id} (${v.help}) at ${v.targets.join(', ')}`);
}
