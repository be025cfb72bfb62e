import { describe, expect, test } from 'vitest';
import { HtmlDocument, attr } from '../support/html.ts';
import { ticketMarkdown } from '../../src/utils/markdown.ts';
import { ticketClipboard, ticketHtml, ticketPlainText, TICKET_FORMATS } from '../../src/utils/ticket.ts';

const facts = {
	code: -4002,
	headline: 'Your model <b>cannot</b> be "created" & [linked](x)',
	label: 'model error',
	url: 'https://codes.example.test/errors/model/-4002/',
	advice: 'Please adjust your request & try again <script>',
};
const title = `BigML.io model error -4002: ${facts.headline}`;

describe('a ticket snippet says the same in HTML, Markdown and plain text', () => {
	test('the HTML is one block: a real link named by the code and its text, then the advice, all literal', () => {
		const doc = new HtmlDocument(ticketHtml(facts));
		expect(doc.all().map((el) => el.name)).toEqual(['div', 'a', 'br']);
		const link = doc.first('a');
		expect(attr(link, 'href')).toBe(facts.url);
		expect(doc.text(link)).toBe(title);
		expect(doc.text(doc.first('div'))).toBe(`${title}${facts.advice}`);
	});

	test('the HTML carries no style, so it takes the look of the editor it is pasted into', () => {
		expect(ticketHtml(facts)).not.toMatch(/style|font|color|class=/i);
	});

	test('plain text puts the address on a line of its own, between the title and the advice', () => {
		expect(ticketPlainText(facts).split('\n')).toEqual([title, facts.url, facts.advice]);
	});

	test('"Rich text + Markdown" puts HTML and Markdown at once; each other format puts one text', () => {
		expect(ticketClipboard('rich', facts)).toEqual({
			'text/html': ticketHtml(facts),
			'text/plain': ticketMarkdown(facts),
		});
		expect(ticketClipboard('markdown', facts)).toEqual({ 'text/plain': ticketMarkdown(facts) });
		expect(ticketClipboard('plain', facts)).toEqual({ 'text/plain': ticketPlainText(facts) });
		expect(ticketClipboard('link', facts)).toEqual({ 'text/plain': facts.url });
		expect(TICKET_FORMATS).toEqual(['rich', 'markdown', 'plain', 'link']);
	});
});
