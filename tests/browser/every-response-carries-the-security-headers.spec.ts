import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageHeaders } from '../../tools/headers.mjs';
import { DIST, representativePages } from '../support/built-site.ts';

/** The headers of public/_headers' "/*" rule: what every response must carry. */
const expected = pageHeaders();
const asset = `/_astro/${readdirSync(`${DIST}/_astro`)[0]}`;
const paths = [...representativePages().map((p) => p.path), '/sitemap.xml', '/favicon.svg', asset];

test('every kind of response, pages, the 404, data and assets, carries the headers of public/_headers', async ({
	request,
}) => {
	const wrong: string[] = [];
	for (const path of paths) {
		const headers = (await request.get(path, { maxRedirects: 0 })).headers();
		for (const [name, value] of Object.entries(expected)) {
			if (headers[name] !== value) wrong.push(`${path}: ${name} is ${JSON.stringify(headers[name])}`);
		}
	}
	expect(wrong).toEqual([]);
});

test('the Content-Security-Policy allows the site itself and WebAssembly, nothing inline, no other origin', () => {
	const policy = new Map(
		expected['content-security-policy']!.split(';').map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			return [name!, sources.join(' ')];
		}),
	);
	expect(Object.fromEntries(policy)).toEqual({
		'default-src': "'self'",
		'script-src': "'self' 'wasm-unsafe-eval'",
		'style-src': "'self'",
		'img-src': "'self' data:",
		'font-src': "'self'",
		'connect-src': "'self'",
		'worker-src': "'self'",
		'manifest-src': "'self'",
		'object-src': "'none'",
		'base-uri': "'self'",
		'form-action': "'self'",
		'frame-ancestors': "'none'",
	});
	expect(expected).toMatchObject({
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'strict-origin-when-cross-origin',
	});
});

test("the host's own configuration file is not published", async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
});
