import { expect, test } from '@playwright/test';
import { builtPages, pageType } from './support/site.ts';

/**
 * Astro's HTML compression drops a line break between a word and the tag that
 * starts the next source line, so "number in" + newline + a link rendered as
 * "number inall codes". A space has to be written out ({' '}) there; this
 * finds a word glued to an inline element, on either side, in every page.
 */
const INLINE = 'a|code|strong|em|kbd|abbr';
const GLUED = new RegExp(`[\\p{L}\\p{N}](<(?:${INLINE})[\\s>][^<]*)|(</(?:${INLINE})>)[\\p{L}\\p{N}]`, 'gu');
const byType = Map.groupBy(builtPages(), (page) => pageType(page.path));

for (const [type, pages] of byType) {
	test(`${type}: no word runs into a link or code`, () => {
		const glued = pages.flatMap((page) => {
			// Only the page's text: scripts, styles and JSON-LD are not read.
			const text = page.html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
			return [...text.matchAll(GLUED)].map(
				(m) => `${page.path}: …${text.slice(Math.max(0, m.index - 30), m.index + 40)}…`,
			);
		});
		expect(glued).toEqual([]);
	});
}
