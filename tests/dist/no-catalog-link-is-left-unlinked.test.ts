import { expect, test } from 'vitest';
import { attr } from '../support/html.ts';
import { builtPages } from '../support/built-site.ts';

/**
 * Prose links to the catalog by id (src/components/CatalogLink.astro). An id
 * the catalog lacks renders its words unlinked, marked `data-unlinked`, so a
 * fixture catalog still builds; the real build must have none.
 */
test('no catalog link is left unlinked: every id prose names is a group or code of the catalog', () => {
	const unlinked = builtPages().flatMap((page) =>
		page.doc
			.all('*', (el) => attr(el, 'data-unlinked') !== undefined)
			.map(
				(el) => `${page.path}: "${page.doc.text(el)}" links to ${attr(el, 'data-unlinked')}, which the catalog lacks`,
			),
	);
	expect(unlinked).toEqual([]);
});
