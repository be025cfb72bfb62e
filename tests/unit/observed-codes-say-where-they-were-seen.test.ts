import { describe, expect, test } from 'vitest';
import { parseGroupFile, readCatalog } from '../../src/build/catalog-fs.ts';
import { validFamily } from '../support/catalog-fixtures.ts';

const source = `      - repository: bigmlcom/python
        path: bigml/constants.py
        commit: 01047ee0cd16d9b7c2df05a59ef372c52378f6f9
        quote: RUNNABLE = -3
        about: The Python bindings define it.
`;

describe('observed codes say where they were seen', () => {
	test('the catalog marks every entry documented or observed, and each observed one cites a verbatim source', () => {
		const entries = readCatalog('data').flatMap((g) => g.codes.map((c) => ({ group: g.slug, ...c })));
		const observed = entries.filter((e) => e.provenance === 'observed');
		expect(observed.map((e) => `${e.group}/${e.code}`).sort()).toEqual(
			['execution/-8200', 'source/-2020', 'status/-3', 'status/6'].sort(),
		);
		for (const entry of observed) {
			expect(entry.sources?.length).toBeGreaterThan(0);
			for (const s of entry.sources ?? []) expect(s.quote.length).toBeGreaterThan(0);
		}
		expect(entries.filter((e) => e.provenance === 'documented')).toHaveLength(274);
	});

	test('an observed code without a source is refused', () => {
		const { problems } = parseGroupFile(
			'model.yaml',
			validFamily.replace('kind: cannot-create\n', 'kind: cannot-create\n    provenance: observed\n'),
		);
		expect(problems?.[0]).toMatchObject({ at: 'codes[0] (-4002) › sources' });
		expect(problems?.[0]?.message).toMatch(/needs the source where it was seen/);
	});

	test("a documented code may not carry sources: its source is BigML's table", () => {
		const { problems } = parseGroupFile(
			'model.yaml',
			validFamily.replace('kind: cannot-create\n', `kind: cannot-create\n    sources:\n${source}`),
		);
		expect(problems?.[0]?.message).toMatch(/only for observed codes/);
	});

	test('a kind of another group type is refused with the kinds that fit', () => {
		const { problems } = parseGroupFile(
			'model.yaml',
			validFamily.replace('kind: cannot-create\n', 'kind: http-success\n'),
		);
		expect(problems?.[0]).toMatchObject({ at: 'codes[0] (-4002) › kind' });
		expect(problems?.[0]?.message).toMatch(
			/"http-success" is a kind for http groups, not family ones; use one of: not-ready/,
		);
	});

	test('an unknown kind is refused', () => {
		const { problems } = parseGroupFile('model.yaml', validFamily.replace('kind: cannot-create\n', 'kind: oops\n'));
		expect(problems?.[0]?.message).toMatch(/is not a kind: "oops"/);
	});
});
