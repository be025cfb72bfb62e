import { expect, test } from './support/fixtures.ts';
import { catalog, representativeEntries } from '../support/catalog.ts';
import { hrefs, typeQuery } from './support/search.ts';
import { codeForms, expectedEntries } from '../support/search-forms.ts';
import { parseQuery } from '../../src/utils/search/query.ts';
import { lookupPath } from '../../src/utils/paths.ts';

/**
 * Every form of every code is resolved against the pure search functions in
 * tests/unit/search-finds-every-code-by-its-number-in-every-form.test.ts, and
 * tests/dist proves the published index is the one they read. This proves the
 * box wires them together: a code of each kind of group, every code whose
 * number is shared, and a negative code whose number is also a positive code
 * (typed without its sign, it lists both), each entered in every form into one
 * page, one query after another as a person would. Codes are typed key by key
 * with and without their sign; the U+2212 and "error …" forms are pasted, as
 * they arrive in practice.
 */
const twin = catalog.entries.find((e) => e.code < 0 && catalog.byNumber.has(-e.code));
const entries = [...representativeEntries, ...(twin ? [twin] : [])];
test('a code of each kind, typed with and without its sign and pasted with U+2212 or after "error", lists exactly the codes it names, its own among them', async ({
	sweep,
}) => {
	await sweep.goto(catalog.groups[0]!.path);
	const failures: string[] = [];
	expect(twin, 'the catalog has a negative code whose number is also a positive one').toBeDefined();
	for (const entry of entries) {
		for (const { query, entry: how } of codeForms(entry.code)) {
			const [number] = parseQuery(query).numbers;
			const found = expectedEntries(catalog.byNumber, entry.code, number?.signed ?? false);
			// A number several groups share is listed with its page of every meaning first, which Enter opens.
			const shared = found.filter((e) => e.code === found[0]?.code).length > 1;
			const expected = [...(shared ? [lookupPath(found[0]!.code)] : []), ...found.map((e) => e.path)];
			const listed = hrefs(await typeQuery(sweep, query, how), ['exact', 'other-sign']);
			if (listed.join() !== expected.join()) failures.push(`${query}: listed ${listed.join(', ') || 'nothing'}`);
			if (!expected.includes(entry.path)) failures.push(`${query}: ${entry.path} is not among the results`);
		}
	}
	expect(failures).toEqual([]);
});
