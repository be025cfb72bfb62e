import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { attr, type HtmlElement } from './html.ts';

/**
 * A catalog whose texts are attacks: script tags, event handlers, javascript:
 * links, attribute and element breakouts, and Markdown tricks. Every page
 * built from it must show them as plain text.
 */
export const HOSTILE_CATALOG = 'tests/fixtures/hostile-catalog';

/** The hostile catalog, indexed as the site indexes it. */
export const hostileCatalog = buildCatalog(readCatalog(HOSTILE_CATALOG));

/** What the hostile texts would create if one were not escaped: their own tags, handlers and URLs (a CSS selector). */
export const FOREIGN_SELECTOR =
	'img[src="x"], img[src="x.png"], svg[onload], iframe, b, style, script:not([src]):not([type="application/ld+json"]), a[href^="javascript:" i], [onerror], [onload], [onclick]';

/** The same test as {@link FOREIGN_SELECTOR}, on an element parsed in Node. */
export const isForeign = (el: HtmlElement) =>
	(el.name === 'img' && ['x', 'x.png'].includes(attr(el, 'src') ?? '')) ||
	['iframe', 'b', 'style'].includes(el.name) ||
	// JSON-LD is the one inline script a page writes itself (structured data); its text is checked apart.
	(el.name === 'script' && !attr(el, 'src') && attr(el, 'type') !== 'application/ld+json') ||
	Object.keys(el.attribs).some((name) => /^on/i.test(name)) ||
	/^\s*javascript:/i.test(attr(el, 'href') ?? '');
