import { expect, test } from 'vitest';
import { pageHeaders } from '../../tools/headers.mjs';

/**
 * The policy public/_headers sends with every page, read directive by
 * directive: loosening one (an inline script, another origin) fails here
 * before it ships. tests/browser/pages-run-under-the-content-security-policy.spec.ts
 * proves the pages run under it.
 */
test('the Content-Security-Policy allows the site itself and WebAssembly, nothing inline, no other origin', () => {
	const headers = pageHeaders();
	const policy = new Map(
		(headers['content-security-policy'] ?? '').split(';').map((directive) => {
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
	expect(headers).toMatchObject({
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'strict-origin-when-cross-origin',
	});
});
