import { expect, test } from '@playwright/test';
import { lookupPath } from '../../src/utils/paths.ts';
import { catalog } from '../support/catalog.ts';

test.use({ javaScriptEnabled: false });

/**
 * A number's lookup is a redirect stub (a meta refresh) when one code has the
 * number; tests/dist checks every stub's target. This proves a browser with
 * JavaScript off follows one, as it does a renamed group's stubs (same markup).
 */
const [code, [entry] = []] = [...catalog.byNumber].find(([, entries]) => entries.length === 1) ?? [];

test(`${lookupPath(code ?? 0)} lands on its code's page with JavaScript off`, async ({ page }) => {
	expect(entry, 'the catalog has a number only one code has').toBeDefined();
	await page.goto(lookupPath(code!));
	await page.waitForURL(entry!.path);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(String(code));
});
