import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { hrefs, typeQuery } from './support/search.ts';
import { codeForms, expectedEntries } from '../support/search-forms.ts';
import { parseQuery } from '../../src/utils/query.ts';

// One test per group, each entering every form of every code of the group into the same page, as a person
// would one after the other: a fresh page per query would spend the time on browser contexts, not on search.
// Codes are typed key by key with and without their sign; the U+2212 and "error …" forms are pasted, as
// they arrive in practice (see codeForms).
for (const group of catalog.groups) {
	test(`every ${group.slug} code, typed with and without its sign and pasted with U+2212 or after "error", lists its own page first`, async ({
		sweep,
	}) => {
		await sweep.goto('/http/');
		const failures: string[] = [];
		for (const entry of group.entries) {
			for (const { query, entry: how } of codeForms(entry.code)) {
				const [number] = parseQuery(query).numbers;
				const expected = expectedEntries(catalog.byNumber, entry.code, number?.signed ?? false).map((e) => e.path);
				const listed = hrefs(await typeQuery(sweep, query, how), ['exact', 'other-sign']);
				if (listed.join() !== expected.join()) failures.push(`${query}: listed ${listed.join(', ') || 'nothing'}`);
				if (!expected.includes(entry.path)) failures.push(`${query}: ${entry.path} is not among the results`);
			}
		}
		expect(failures).toEqual([]);
	});
}
