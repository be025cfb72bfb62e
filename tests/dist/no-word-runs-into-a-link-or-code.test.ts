import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

/**
 * Astro's HTML compression drops a line break between a word and the tag that
 * starts the next source line, so "number in" + newline + a link rendered as
 * "number inall codes". A space has to be written out ({' '}) there; this
 * finds a word glued to an inline element, on either side, in every page.
 */
const INLINE = 'a|code|strong|em|kbd|abbr';
const GLUED = new RegExp(`[\\p{L}\\p{N}](<(?:${INLINE})[\\s>][^<]*)|(</(?:${INLINE})>)[\\p{L}\\p{N}]`, 'gu');

test('no word runs into a link or code on any page', () => {
	const glued = builtPages().flatMap((page) => {
		// Only the page's text: scripts, styles and JSON-LD are not read.
		const text = page.html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
		return [...text.matchAll(GLUED)].map(
			(m) => `${page.path}: …${text.slice(Math.max(0, m.index - 30), m.index + 40)}…`,
		);
	});
	expect(glued).toEqual([]);
});
