import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { catalog, guidance } from '../support/catalog.ts';
import { expect, test } from './support/elsewhere.ts';

/**
 * What a support engineer sees after pasting into a rich-text ticket editor
 * (Zendesk, Intercom, Help Scout, Gmail are contenteditable areas): a link
 * named by the code and its text, then the advice, and no Markdown brackets.
 * The editor is a page of its own origin, so it gets the clipboard as another
 * application would.
 */
const EDITOR = 'http://ticket-editor.test/';
const entry = catalog.entries.find((e) => e.group.type === 'family')!;

test('a ticket snippet pasted into a rich-text editor is a link and a line of advice, with no Markdown showing', async ({
	page,
	elsewhere,
}, testInfo) => {
	const address = `${elsewhere.origin}${entry.path}`;
	await page.goto(address);
	await page.getByRole('button', { name: 'Copy for ticket' }).click();
	await expect(page.getByRole('status').nth(1)).toHaveText(/copied/);

	await page.route(EDITOR, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>Reply</title><style>body{font:15px/1.5 Arial,sans-serif;margin:24px;background:#f4f4f4}#reply{background:#fff;border:1px solid #bbb;border-radius:4px;padding:12px;min-height:6em}</style><p>Reply to the customer:</p><div id="reply" contenteditable="true">Hello,<br><br></div>',
		}),
	);
	await page.goto(EDITOR);
	const reply = page.locator('#reply');
	await reply.focus();
	await page.keyboard.press('Control+End');
	await page.keyboard.press('Control+V');

	const link = reply.getByRole('link');
	await expect(link).toHaveText(`BigML.io ${codeLabel(entry.group)} ${entry.code}: ${codeHeadline(entry)}`);
	await expect(link).toHaveAttribute('href', address);
	await expect(reply).toContainText(guidance[entry.kind].ticket);
	await expect(reply).not.toContainText('](');
	await testInfo.attach('pasted into a rich-text editor', { body: await page.screenshot(), contentType: 'image/png' });
});
