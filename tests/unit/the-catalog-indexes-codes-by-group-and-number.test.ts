import { describe, expect, test } from 'vitest';
import { buildCatalog, codeLabel, codeTitle, namesakes, siblingWindow } from '../../src/utils/catalog.ts';
import { groupPath, lookupPath, parseCodeParam } from '../../src/utils/paths.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';

const catalog = buildCatalog(readCatalog('data'));
const entry = (id: string) => {
	const found = catalog.entries.find((e) => e.id === id);
	if (!found) throw new Error(`no entry ${id}`);
	return found;
};

describe('the catalog indexes codes by group and number', () => {
	test('a code is identified by group and number: ids are unique, numbers are not', () => {
		const ids = catalog.entries.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(catalog.byNumber.get(-30021)?.map((e) => e.id)).toEqual(['dataset/-30021', 'time-series/-30021']);
		expect(catalog.byNumber.get(-40021)?.map((e) => e.id)).toEqual(['model/-40021', 'linear-regression/-40021']);
		const shared = [...catalog.byNumber].filter(([, entries]) => entries.length > 1).map(([n]) => n);
		expect(shared.sort((a, b) => a - b)).toEqual([-40021, -30021]);
	});

	test('the sign matters: -1 is Faulty and 1 is Queued', () => {
		expect(catalog.byNumber.get(-1)?.map((e) => e.name)).toEqual(['Faulty']);
		expect(catalog.byNumber.get(1)?.map((e) => e.name)).toEqual(['Queued']);
	});

	test('permanent paths follow the published URL scheme', () => {
		expect(entry('http/429').path).toBe('/http/429/');
		expect(entry('status/-1').path).toBe('/status/-1/');
		expect(entry('model/-4002').path).toBe('/errors/model/-4002/');
		expect(entry('general/-1201').path).toBe('/errors/general/-1201/');
		expect(groupPath({ slug: 'dataset-export', type: 'family' })).toBe('/errors/dataset-export/');
		expect(lookupPath(-40021)).toBe('/codes/-40021/');
	});

	test('families are filed under BigML’s five documentation categories', () => {
		expect(catalog.categories.map((c) => [c.category, c.groups.length])).toEqual([
			['data', 7],
			['supervised', 9],
			['unsupervised', 5],
			['predictions', 12],
			['whizzml', 3],
		]);
		expect(catalog.errorGroups).toHaveLength(37);
	});

	test('titles name the code, its text and its kind, as a pasted link unfurls', () => {
		expect(codeTitle(entry('model/-4002'))).toBe('-4002 · Your model cannot be created — BigML.io model error');
		expect(codeTitle(entry('http/429'))).toBe('429 · Too Many Requests — BigML.io HTTP status');
		expect(codeTitle(entry('status/-1'))).toBe('-1 · Faulty — BigML.io task status');
		expect(codeLabel(entry('general/-1201').group, { plural: true })).toBe('general errors');
	});

	test('namesakes are the entries of other groups with the same number', () => {
		expect(namesakes(catalog, entry('model/-40021')).map((e) => e.id)).toEqual(['linear-regression/-40021']);
		expect(namesakes(catalog, entry('model/-4002'))).toEqual([]);
	});

	test('URL parameters are read as codes only when they are whole numbers', () => {
		expect(parseCodeParam('-4002')).toBe(-4002);
		expect(parseCodeParam('429')).toBe(429);
		expect(parseCodeParam('4002.5')).toBeUndefined();
		expect(parseCodeParam('abc')).toBeUndefined();
		expect(parseCodeParam('')).toBeUndefined();
	});
});

describe('a code page lists its family, or a window of it when the family is huge', () => {
	test('every real family is small enough to be listed whole', () => {
		for (const e of catalog.entries) expect(siblingWindow(e)).toBe(e.group.entries);
	});

	test('a huge family shows the codes around the current one, always including it', () => {
		const group = catalog.groups.find((g) => g.entries.length >= 8)!;
		const [first, , , middle] = group.entries;
		const last = group.entries.at(-1)!;
		expect(siblingWindow(first!, 3).map((e) => e.code)).toEqual(group.entries.slice(0, 3).map((e) => e.code));
		expect(siblingWindow(middle!, 3)).toEqual(group.entries.slice(2, 5));
		expect(siblingWindow(last, 3)).toEqual(group.entries.slice(-3));
	});
});
