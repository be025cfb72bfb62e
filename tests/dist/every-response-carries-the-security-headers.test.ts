import { afterAll, beforeAll, expect, test } from 'vitest';
import { listFiles } from '../../tools/permalinks.mjs';
import { pageHeaders } from '../../tools/headers.mjs';
import { pathOfFile } from '../../src/utils/paths.ts';
import { DIST } from '../support/built-site.ts';
import { fetchAll, serveSite, type ServedSite } from '../support/serve-site.ts';

/** The headers of public/_headers' "/*" rule: what every response must carry. */
const expected = pageHeaders();

let site: ServedSite;
beforeAll(async () => {
	site = await serveSite(DIST);
});
afterAll(() => site?.close());

/**
 * Redirects are left out: serve-handler sends its own 301s (a URL without its
 * trailing slash, `/404.html` to `/404`) without the configured headers, and
 * tools/serve.mjs does not add them. A redirect has no body for the policy to govern.
 */
const isRedirect = (response: Response) => response.status >= 300 && response.status < 400;

test('every response with a body, pages, the 404, data and assets, carries the headers of public/_headers', async () => {
	// An unknown URL is answered by the server itself with the 404 page.
	const paths = [...listFiles(DIST).map(pathOfFile), '/no-such-page/'];
	const answered = (await fetchAll(site.origin, paths)).filter(({ response }) => !isRedirect(response));
	expect(answered.length, 'files answered without a redirect').toBeGreaterThan(paths.length / 2);
	const wrong = answered.flatMap(({ path, response }) =>
		Object.entries(expected)
			.filter(([name, value]) => response.headers.get(name) !== value)
			.map(([name]) => `${path} (${response.status}): ${name} is ${JSON.stringify(response.headers.get(name))}`),
	);
	expect(Object.keys(expected).length).toBeGreaterThan(0);
	expect(wrong).toEqual([]);
});
