// Reads public/_headers, the one place the site's response headers are written,
// so that the local server (tools/serve.mjs), the tests and a static host all
// send the same Content-Security-Policy and security headers.
import { readFileSync } from 'node:fs';

/** Where the headers are written, in Netlify's and Cloudflare's `_headers` format. */
export const HEADERS_FILE = new URL('../public/_headers', import.meta.url);

/**
 * @typedef {object} HeaderRule
 * @property {string} path A URL pattern: `/*` is every URL, `/_astro/*` every URL under `/_astro/`.
 * @property {[name: string, value: string][]} headers The headers sent for URLs that match, in file order.
 */

/**
 * Parses a `_headers` file: a URL pattern at the start of a line, then its
 * headers indented below it as `Name: value`; `#` starts a comment line.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split('\n').forEach((line, index) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) {
			throw new Error(
				`public/_headers line ${index + 1}: expected an indented "Name: value" under a URL pattern, found ${JSON.stringify(line)}`,
			);
		}
		rule.headers.push([match[1], match[2]]);
	});
	return rules;
}

/** @returns {HeaderRule[]} The site's header rules, read from public/_headers. */
export function readHeaders() {
	return parseHeaders(readFileSync(HEADERS_FILE, 'utf8'));
}

/**
 * The headers every page gets (the `/*` rule), as a lowercase-name map, for tests to compare with responses.
 * @returns {Record<string, string>}
 */
export function pageHeaders() {
	const all = readHeaders().find((rule) => rule.path === '/*');
	if (!all) throw new Error('public/_headers has no "/*" rule: every page needs the security headers');
	return Object.fromEntries(all.headers.map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * The rules in serve-handler's `headers` option. serve-handler matches a glob
 * against the file it serves (`/errors/index.html`), so `*` becomes `**`.
 * @param {HeaderRule[]} rules
 * @returns {{ source: string; headers: { key: string; value: string }[] }[]}
 */
export function toServeHandler(rules) {
	return rules.map(({ path, headers }) => ({
		source: path.replace(/\*/g, '**'),
		headers: headers.map(([key, value]) => ({ key, value })),
	}));
}
