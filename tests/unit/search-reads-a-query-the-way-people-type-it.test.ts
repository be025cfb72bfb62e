import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { fullTextQuery } from '../../src/utils/search/full-text-terms.ts';
import { groupHints } from '../../src/utils/search/group-hints.ts';
import { parseQuery, queryFromPath } from '../../src/utils/search/query.ts';

const catalog = buildCatalog(readCatalog('data'));
const numbersOf = (raw: string) => parseQuery(raw).numbers;
const searchedText = (raw: string) => {
	const parsed = parseQuery(raw);
	return fullTextQuery(parsed, groupHints(parsed, catalog.groups));
};

describe('search reads a query the way people type it', () => {
	test.each([
		['-4002', -4002, true],
		['−4002', -4002, true],
		['–4002', -4002, true],
		['—4002', -4002, true],
		['－４００２', -4002, true],
		['- 4002', -4002, true],
		['  -4002  ', -4002, true],
		['error -1201', -1201, true],
		['Error: -1201', -1201, true],
		['error-1201', -1201, true],
		['ERROR −1201.', -1201, true],
		['"code": -1201', -1201, true],
		["'code':-1201", -1201, true],
		['code=-1201', -1201, true],
		['{"status": {"code": -1201}}', -1201, true],
		['{"status":{"code":-1201,"message":"Invalid Id"}}', -1201, true],
		['status -1', -1, true],
		['status: -1', -1, true],
		['(-4002)', -4002, true],
		['#-4002', -4002, true],
		['[-4002]', -4002, true],
		['+429', 429, true],
		['http429', 429, false],
		['error4002', 4002, false],
		['4002', 4002, false],
		['HTTP 429', 429, false],
		['http 429', 429, false],
		['HTTP/1.1 429 Too Many Requests', 429, false],
		['HTTP/2 429', 429, false],
		['status code 1', 1, false],
		['"status": 0', 0, false],
		['-0', 0, true],
		['0004002', 4002, false],
	])('%j is the number %d (sign typed: %s)', (raw, value, signed) => {
		expect(numbersOf(raw)).toEqual([{ value, signed }]);
	});

	test('a pasted body with a status and an error code names both, in order', () => {
		expect(numbersOf('{"code": 400, "status": {"code": -1201, "message": "Invalid Id"}}')).toEqual([
			{ value: 400, signed: false },
			{ value: -1201, signed: true },
		]);
	});

	test('resource ids, dates and versions are not codes', () => {
		expect(numbersOf('model/5af06df94e17277501000010')).toEqual([]);
		expect(numbersOf('2024-01-02')).toEqual([]);
		expect(numbersOf('HTTP/1.1')).toEqual([]);
		expect(numbersOf('12345678')).toEqual([]);
	});

	test('a number is answered exactly: only words that say more than the number are left for full text', () => {
		expect(searchedText('error -1201')).toBe('');
		expect(searchedText('HTTP 429')).toBe('');
		expect(searchedText('status -1')).toBe('');
		expect(searchedText('"code": -1201')).toBe('');
		expect(searchedText('{"status": {"code": -1201}}')).toBe('');
		expect(searchedText('model -40021')).toBe('');
		expect(searchedText('linear regressions -40021')).toBe('');
		expect(searchedText('HTTP/1.1 429 Too Many Requests')).toBe('too many requests');
	});

	test('words alone go to full text; framing words are dropped only when others remain', () => {
		expect(searchedText('cannot be cloned')).toBe('cannot be cloned');
		expect(searchedText('Faulty')).toBe('faulty');
		expect(searchedText('“too many”')).toBe('too many');
		expect(searchedText('error faulty')).toBe('faulty');
		expect(searchedText('error')).toBe('error');
	});

	test('words that name a group put its entries first', () => {
		const hinted = (raw: string) => groupHints(parseQuery(raw), catalog.groups).groups;
		expect(hinted('model -40021')).toEqual(['model']);
		expect(hinted('linear regression -40021')).toEqual(['linear-regression']);
		expect(hinted('linearregression/5af -40021')).toEqual(['linear-regression']);
		expect(hinted('time series -30021')).toEqual(['time-series']);
		expect(hinted('datasets -30021')).toEqual(['dataset']);
		expect(hinted('status 1')).toEqual(['status']);
		expect(hinted('HTTP 404')).toEqual(['http']);
		expect(hinted('-4002')).toEqual([]);
	});

	test('a missing URL becomes the query it stands for', () => {
		expect(queryFromPath('/errors/model/-4009/')).toBe('-4009');
		expect(queryFromPath('/codes/-2020/')).toBe('-2020');
		expect(queryFromPath('/codes/%E2%88%922020')).toBe('-2020');
		expect(queryFromPath('/http/999/')).toBe('999');
		expect(queryFromPath('/errors/modle/')).toBe('modle');
		expect(queryFromPath('/no-such-page/')).toBe('no such page');
		expect(queryFromPath('/%E0%A4%A/')).toBe('%E0%A4%A');
		expect(queryFromPath('/')).toBe('');
	});
});
