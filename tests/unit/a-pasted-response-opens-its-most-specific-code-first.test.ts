import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { resolveFindings } from '../../src/utils/decode.ts';
import { classifyInput, readInput } from '../../src/utils/search/classify.ts';
import { rankFindings } from '../../src/utils/search/rank.ts';

/**
 * The one engine every lookup runs (header box, home field, /search/,
 * /decode/): what an input is, and for a pasted response, which of its codes
 * comes first — the one Enter opens.
 */
const catalog = buildCatalog(readCatalog('data'));
const id = (group: string, code: number) => {
	const entry = catalog.byId.get(`${group}/${code}`);
	if (!entry) throw new Error(`The catalog has no ${group}/${code}: update this table.`);
	return entry.id;
};

/** The entry ids of a pasted response's codes, most specific first (`?` for a number nothing settles). */
function ranked(input: string): string[] {
	const read = readInput(input);
	if (read.kind !== 'response') throw new Error(`${input} was read as ${read.kind}, not a response`);
	const found = resolveFindings(read.findings, (code) => catalog.byNumber.get(code) ?? []);
	return rankFindings(found).map((f) => f.entry?.id ?? `?${f.code}`);
}

const errorBody = '{"code": 400, "status": {"code": -1206, "message": "Validation error"}}';
const faultyTimeSeries = JSON.stringify({
	code: 200,
	resource: 'timeseries/5f3a0c1e8f2b1d0007a1b2c3',
	object: { status: { code: -1, error: -30021, message: 'The time series cannot be created now', elapsed: 12 } },
});

describe('a pasted response opens its most specific code first', () => {
	test.each([
		['-4002', 'number'],
		['4002', 'number'],
		['\u22121201', 'number'],
		['HTTP 429', 'number'],
		['status 4', 'number'],
		['error code -30021', 'number'],
		['rate limit', 'words'],
		['cannnot be created', 'words'],
		['my model is stuck', 'words'],
		['[-4002]', 'number'],
		[errorBody, 'response'],
		['{"status": {"code": -1201}}', 'response'],
		["{'code': 400, 'status': {'code': -1206}}", 'response'],
		['HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"code": 429}', 'response'],
		['[{"status": {"code": -1, "error": -4005}}]', 'response'],
		['   ', 'empty'],
	])('%j is read as %s', (input, kind) => {
		expect(classifyInput(input)).toBe(kind);
	});

	test.each([
		['an error body: its error code, then the HTTP status', errorBody, [id('general', -1206), id('http', 400)]],
		[
			'a faulty time series: its error code, then its task status, then the HTTP status',
			faultyTimeSeries,
			[id('time-series', -30021), id('status', -1), id('http', 200)],
		],
		[
			'a response with its headers: the status line and the body’s code are one HTTP status, after the error',
			`HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{"code": 404, "status": {"code": -1201, "message": "Invalid Id"}}`,
			[id('general', -1201), id('http', 404)],
		],
		[
			'the same pasted into a one-line field',
			'HTTP/1.1 404 Not Found Content-Type: application/json {"code": 404, "status": {"code": -1201}}',
			[id('general', -1201), id('http', 404)],
		],
		[
			'a faulty execution: its error, the nested cause, the task status, the cause’s HTTP status',
			JSON.stringify({
				resource: 'execution/5af06df94e17277501000011',
				status: { cause: { code: -1206, http_status: 400 }, code: -1, error: -8200, message: 'x', progress: 0.2 },
			}),
			[id('execution', -8200), id('general', -1206), id('status', -1), id('http', 400)],
		],
		[
			'a Python dict as the bindings print it',
			"{'code': 500, 'resource': 'source/5e4ee08e440ca1324410ccbd', 'object': {'status': {'code': -1, 'error': -2020, 'message': 'Spreadsheet not parseable'}}, 'error': None}",
			[id('source', -2020), id('status', -1), id('http', 500)],
		],
		[
			'a shared number with no resource or telling message: both meanings, unsettled',
			'{"status": {"code": -30021, "message": "x"}}',
			['?-30021'],
		],
	])('%s', (_, input, expected) => {
		expect(ranked(input)).toEqual(expected);
	});

	test('a response cut short while typing is read as a query, for its numbers', () => {
		const read = readInput('{"code": 400, "status": {"code": -12');
		expect(read.kind).toBe('number');
		expect(read.kind === 'number' && read.parsed.numbers.map((n) => n.value)).toEqual([400, -12]);
	});
});
