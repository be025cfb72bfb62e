import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageHeaders, parseHeaders, readHeaders, toServeHandler } from '../../tools/headers.mjs';

describe('public/_headers is read as Netlify and Cloudflare read it, and handed to the local server', () => {
	test('URL patterns start a rule; indented "Name: value" lines belong to it; # lines are comments', () => {
		const rules = parseHeaders(
			'# comment\n/*\n  X-Frame-Options: DENY\n  A: b: c\n\n/_astro/*\n  Cache-Control: immutable\n',
		);
		expect(rules).toEqual([
			{
				path: '/*',
				headers: [
					['X-Frame-Options', 'DENY'],
					['A', 'b: c'],
				],
			},
			{ path: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
		]);
	});

	test('a header line outside any rule is refused with its line number', () => {
		expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(
			/public\/_headers line 1: expected an indented "Name: value"/,
		);
	});

	test("rules become serve-handler's globs over the served file", () => {
		expect(toServeHandler([{ path: '/_astro/*', headers: [['Cache-Control', 'immutable']] }])).toEqual([
			{ source: '/_astro/**', headers: [{ key: 'Cache-Control', value: 'immutable' }] },
		]);
	});

	test('the real file gives every page a Content-Security-Policy', () => {
		expect(pageHeaders()['content-security-policy']).toMatch(/^default-src 'self'/);
	});

	test("the README's nginx configuration sends exactly the headers of public/_headers", () => {
		const nginx = [...readFileSync('README.md', 'utf8').matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map(
			([, name, value]) => `${name}: ${value}`,
		);
		const headers = readHeaders().flatMap((rule) => rule.headers.map(([name, value]) => `${name}: ${value}`));
		expect(new Set(nginx)).toEqual(new Set(headers));
	});
});
