import { expect, test } from 'vitest';
import { attr } from '../support/html.ts';
import { builtPages } from '../support/built-site.ts';

/**
 * The Content-Security-Policy (public/_headers) allows scripts and styles only
 * from the site's own files, so anything inline would be blocked in the
 * browser: this finds it in the build first, over every HTML file.
 */
const DATA_SCRIPTS = new Set(['application/json', 'application/ld+json', 'importmap']);

test('no built page has inline scripts, inline styles, event-handler attributes or javascript: URLs', () => {
	const found: string[] = [];
	for (const { path, doc } of builtPages()) {
		for (const script of doc.all('script', (s) => attr(s, 'src') === undefined)) {
			if (!DATA_SCRIPTS.has(attr(script, 'type') ?? '')) found.push(`${path}: inline <script>`);
		}
		for (const _ of doc.all('style')) found.push(`${path}: inline <style>`);
		for (const el of doc.all()) {
			for (const name of Object.keys(el.attribs)) {
				if (name === 'style') found.push(`${path}: style attribute on <${el.name}>`);
				if (/^on/i.test(name)) found.push(`${path}: ${name} handler on <${el.name}>`);
				if (/^\s*javascript:/i.test(el.attribs[name] ?? '') && ['href', 'src', 'action', 'formaction'].includes(name)) {
					found.push(`${path}: javascript: URL in ${name} of <${el.name}>`);
				}
			}
		}
	}
	expect(found).toEqual([]);
});
