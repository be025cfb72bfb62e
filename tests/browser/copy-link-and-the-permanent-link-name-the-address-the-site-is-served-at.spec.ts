import { codeHeadline } from '../../src/utils/catalog.ts';
import { representativeEntries } from '../support/catalog.ts';
import { clipboardTypes, expect, test } from './support/elsewhere.ts';

/**
 * Built without SITE_URL, the site does not know its public origin: a copy
 * served from another port, a preview deploy or a mirror must hand out its own
 * address, never the build's default (http://localhost:4321).
 */
for (const entry of representativeEntries) {
	test(`${entry.path}: "Copy link" and the permanent link give the address the page was opened at`, async ({
		page,
		elsewhere,
	}) => {
		const address = `${elsewhere.origin}${entry.path}`;
		await page.goto(address);
		await expect(page.locator('h1')).toContainText(codeHeadline(entry));
		const permanent = page.locator('.permalink a');
		await expect(permanent).toHaveText(address);
		await expect(permanent).toHaveAttribute('href', entry.path);

		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Link copied to the clipboard');
		expect(await clipboardTypes(page)).toEqual({ 'text/plain': address });
	});
}
