import { codeHeadline, codeLabel } from '../../src/utils/catalog.ts';
import { ticketPlainText } from '../../src/utils/ticket.ts';
import { catalog, guidance } from '../support/catalog.ts';
import { clipboardTypes, expect, test } from './support/elsewhere.ts';

const [first, second] = catalog.entries.filter((e) => e.group.type === 'family');

test('the format picked for the ticket snippet is what is copied, and later pages start from it', async ({
	page,
	elsewhere,
}) => {
	const address = `${elsewhere.origin}${first!.path}`;
	await page.goto(address);
	const format = page.getByRole('combobox', { name: 'Format' });
	const copy = page.getByRole('button', { name: 'Copy for ticket' });

	await format.selectOption('plain');
	await copy.click();
	await expect(page.getByRole('status').nth(1)).toHaveText('Link and advice copied as plain text');
	const facts = { code: first!.code, headline: codeHeadline(first!), label: codeLabel(first!.group), url: address };
	expect(await clipboardTypes(page)).toEqual({
		'text/plain': ticketPlainText({ ...facts, advice: guidance[first!.kind].ticket }),
	});

	await format.selectOption('link');
	await copy.click();
	await expect.poll(() => clipboardTypes(page)).toEqual({ 'text/plain': address });

	await page.goto(`${elsewhere.origin}${second!.path}`);
	await expect(page.getByRole('combobox', { name: 'Format' })).toHaveValue('link');
});
