import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

/**
 * Astro's HTML compression drops a line break between a word and the tag that
 * starts the next source line, so "number in" + newline + a link rendered as
 * "number inall codes", and "model errors" + newline + "· resource type" as
 * "model errors· resource type". A space has to be written out ({' '}) there;
 * this finds, in every page, a word glued to an inline element on either side,
 * and a middle dot glued to the word before or after it.
 */
const INLINE = 'a|code|strong|em|kbd|abbr';
const GLUED = new RegExp(
	[
		`[\\p{L}\\p{N}](<(?:${INLINE})[\\s>][^<]*)`,
		`(</(?:${INLINE})>)[\\p{L}\\p{N}]`,
		// A separator dot needs a space on both sides, whatever markup stands between it and the words.
		`[\\p{L}\\p{N}](?:<[^>]+>)*·`,
		`·(?:<[^>]+>)*[\\p{L}\\p{N}]`,
	].join('|'),
	'gu',
);

test('no word runs into a link, code or middle dot on any page', () => {
	const glued = builtPages().flatMap((page) => {
		// Only the page's text: scripts, styles and JSON-LD are not read, nor attribute values (titles, metadata).
		const text = page.html.replace(/<(script|style|title)\b[\s\S]*?<\/\1>/g, '').replace(/"[^"]*"/g, '""');
		return [...text.matchAll(GLUED)].map(
			(m) => `${page.path}: …${text.slice(Math.max(0, m.index - 30), m.index + 40)}…`,
		);
	});
	expect(glued).toEqual([]);
});
