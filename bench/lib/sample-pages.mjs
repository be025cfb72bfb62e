// One URL of each page type, picked from a built site itself, so benchmarks
// work on any catalog (real or synthetic) without knowing its groups.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const isCode = (name) => /^-?\d+$/.test(name);

/**
 * The lookup page of a number several codes share: a real page listing them.
 * A number with one code has only a redirect stub, which is not a page to weigh.
 */
function sharedNumberLookup(dir) {
	const number = readdirSync(join(dir, 'codes'))
		.filter(isCode)
		.find((n) => !readFileSync(join(dir, 'codes', n, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
	if (!number)
		throw new Error(`${dir}/codes/ has no page for a shared number: the catalog has no number in two groups.`);
	return `/codes/${number}/`;
}

/**
 * A home, group, code and number-lookup page of a built site: the family with
 * the most codes, its first code, and the first number two groups share.
 * @param {string} dir the built site
 */
export function samplePages(dir) {
	const families = readdirSync(join(dir, 'errors'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => ({ name: d.name, codes: readdirSync(join(dir, 'errors', d.name)).filter(isCode) }))
		.filter((f) => f.name !== 'general' && f.codes.length > 0);
	const family = families.reduce((a, b) => (b.codes.length > a.codes.length ? b : a));
	const code = family.codes[0];
	return {
		home: '/',
		group: `/errors/${family.name}/`,
		code: `/errors/${family.name}/${code}/`,
		lookup: sharedNumberLookup(dir),
	};
}
