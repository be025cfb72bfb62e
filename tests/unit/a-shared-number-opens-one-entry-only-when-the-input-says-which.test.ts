import { describe, expect, test } from 'vitest';
import { buildCatalog, type CatalogEntry } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { extract, resolveFindings } from '../../src/utils/decode.ts';
import { groupHints } from '../../src/utils/search/group-hints.ts';
import { parseQuery } from '../../src/utils/search/query.ts';
import { numberTarget, resourcesOf } from '../../src/utils/search/settle.ts';

const catalog = buildCatalog(readCatalog('data'));
const view = (e: CatalogEntry) => ({ slug: e.group.slug, resource: e.group.resource, text: e.text });
/** Numbers several groups share, from the catalog. */
const shared = [...catalog.byNumber].filter(([, entries]) => entries.length > 1);

/** Where Enter goes for a typed query with one number: an entry id, or `/codes/<n>/` for every meaning. */
function enter(query: string): string | undefined {
	const parsed = parseQuery(query);
	const [number] = parsed.numbers;
	if (!number) throw new Error(`${query} has no number`);
	const entries = catalog.byNumber.get(number.value) ?? [];
	const clues = {
		groups: groupHints(parsed, catalog.groups).groups,
		resources: resourcesOf(query),
		text: parsed.words.join(' '),
	};
	const target = numberTarget(number.value, entries, clues, view);
	if (!target) return undefined;
	return 'entry' in target ? target.entry.id : `/codes/${target.shared}/`;
}

describe('a shared number opens one entry only when the input says which', () => {
	test('the catalog has numbers several groups share', () => {
		expect(shared.map(([n]) => n)).toEqual(expect.arrayContaining([-30021, -40021]));
	});

	for (const [number, entries] of shared) {
		test(`${number} alone, or framed ("error code ${number}"), opens the page of all ${entries.length} meanings`, () => {
			expect(enter(String(number))).toBe(`/codes/${number}/`);
			expect(enter(`error code ${number}`)).toBe(`/codes/${number}/`);
			expect(enter(`"code": ${number}`)).toBe(`/codes/${number}/`);
		});

		for (const entry of entries) {
			const { resource, noun } = entry.group;
			test(`${number} with ${entry.group.slug}'s resource id, name or text opens ${entry.id}`, () => {
				if (resource) {
					expect(enter(`${number} ${resource}/5f3a0c1e8f2b1d0007a1b2c3`)).toBe(entry.id);
					expect(enter(`${number} ${resource}/5f3a…`)).toBe(entry.id);
					expect(enter(`${number} public/${resource}/5f3a`)).toBe(entry.id);
					expect(enter(`${number} shared/${resource}/abc`)).toBe(entry.id);
				}
				if (noun) expect(enter(`${noun} ${number}`)).toBe(entry.id);
				expect(enter(`${number} ${entry.text}`)).toBe(entry.id);
			});

			test(`a response's message matching ${entry.id}'s text settles ${number} there`, () => {
				const read = extract(JSON.stringify({ status: { code: number, message: entry.text } }));
				if (!read.ok) throw new Error(read.message);
				const [finding] = resolveFindings(read.findings, (code) => catalog.byNumber.get(code) ?? []);
				expect(finding?.entry?.id).toBe(entry.id);
			});
		}
	}

	test('a number one group has opens its entry, whatever else the input says', () => {
		const single = catalog.byNumber.get(-4002)!;
		expect(enter('-4002')).toBe(single[0]!.id);
		expect(enter('-4002 timeseries/5f3a')).toBe(single[0]!.id);
	});

	test('resource ids are read in every form, other slashed words come along harmlessly', () => {
		expect(resourcesOf('"resource": "timeseries/5f3a…"')).toEqual(['timeseries']);
		expect(resourcesOf('public/linearregression/5af06df94e17277501000010')).toEqual(['linearregression']);
		expect(resourcesOf('shared/model/abc, then dataset/5af06df94e17277501000010')).toEqual(['model', 'dataset']);
		expect(resourcesOf('Content-Type: application/json')).toEqual(['application']);
		expect(resourcesOf('HTTP/1.1 400')).toEqual([]);
	});
});
