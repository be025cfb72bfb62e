import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { isInternal, urlsOf } from '../support/page-urls.ts';

test('no page loads anything from another origin', () => {
	const external = builtPages().flatMap((page) =>
		urlsOf(page)
			.filter(({ url, fetched }) => fetched && !isInternal(url) && url.protocol !== 'data:')
			.map(({ what }) => `${page.path}: ${what}`),
	);
	expect(external).toEqual([]);
});
