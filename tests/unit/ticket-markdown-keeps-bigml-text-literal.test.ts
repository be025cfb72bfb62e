import { describe, expect, test } from 'vitest';
import { escapeMarkdown, ticketMarkdown } from '../../src/utils/markdown.ts';

describe('ticket Markdown keeps BigML’s text literal', () => {
	test('a line with the code, its text and its permanent link, then the advice for the customer', () => {
		expect(
			ticketMarkdown({
				code: -4002,
				headline: 'Your model cannot be created',
				label: 'model error',
				url: 'https://example.test/errors/model/-4002/',
				advice: 'Read status.message (and status.extra), then try again.',
			}),
		).toBe(
			'[BigML.io model error -4002: Your model cannot be created](https://example.test/errors/model/-4002/)\n' +
				'Read status.message \\(and status.extra\\), then try again.',
		);
	});

	test('Markdown syntax in a text is escaped, so it cannot break or hijack the link', () => {
		expect(escapeMarkdown('a *b* [c](javascript:alert(1)) <img> _d_')).toBe(
			'a \\*b\\* \\[c\\]\\(javascript:alert\\(1\\)\\) \\<img\\> \\_d\\_',
		);
	});
});
