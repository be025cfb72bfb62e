import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { codePath, CODES_PATH, lookupPath, NOT_FOUND_FILE } from '../../src/utils/paths.ts';
import { builtPage, DIST } from '../support/built-site.ts';
import { catalog } from '../support/catalog.ts';
import { attr } from '../support/html.ts';
import { fetchAll, serveSite, type ServedSite } from '../support/serve-site.ts';

/** The first number after `from`, going away from zero, that no code has. */
const unused = (from: number) => {
	let n = from;
	while (catalog.byNumber.has(n)) n += Math.sign(from);
	return n;
};
const family = catalog.groups.find((g) => g.type === 'family')!;
const http = catalog.groups.find((g) => g.type === 'http')!;
/** Addresses people mistype: an unknown page, a code its family lacks, a lookup and an HTTP status no code has, the host's own files. */
const missing = [
	'/no-such-page/',
	codePath(family, unused(family.entries[0]!.code)),
	lookupPath(unused(9_999_999)),
	codePath(http, unused(599)),
	'/_headers',
];

let site: ServedSite;
beforeAll(async () => {
	site = await serveSite(DIST);
});
afterAll(() => site?.close());

describe('unknown URLs get a helpful 404', () => {
	test('an unknown URL, or a file the host keeps for itself, answers 404 with the 404 page', async () => {
		const notFound = builtPage(NOT_FOUND_FILE)?.html;
		expect(notFound, `${NOT_FOUND_FILE} is built`).toBeDefined();
		const wrong = (await fetchAll(site.origin, missing))
			.filter(({ response, body }) => response.status !== 404 || body !== notFound)
			.map(
				({ path, response }) =>
					`${path}: answers ${response.status}${response.status === 404 ? ' with another page' : ''}`,
			);
		expect(wrong).toEqual([]);
	});

	test('the 404 page leads to the lookup by number and to every group', () => {
		const { doc } = builtPage(NOT_FOUND_FILE)!;
		expect(doc.text(doc.first('h1'))).toBe('Page not found');
		const main = doc.first('main');
		expect(
			attr(
				doc.inside(main, 'a').find((a) => doc.text(a) === 'all codes by number'),
				'href',
			),
		).toBe(CODES_PATH);
		const groups = doc.all('section').find((s) => doc.text(doc.inside(s, 'h2')[0]) === 'Browse the groups');
		const listed = doc.inside(groups, 'a').map((a) => `${attr(a, 'href')} ${doc.text(a)}`);
		expect(listed).toEqual(catalog.groups.map((g) => `${g.path} ${g.title}`));
	});
});
