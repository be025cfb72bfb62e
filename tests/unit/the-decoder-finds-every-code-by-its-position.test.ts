import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { decode, MAX_FINDINGS } from '../../src/utils/decode.ts';
import { DECODER_EXAMPLES } from '../../src/utils/decoder-examples.ts';

const { byNumber } = buildCatalog(readCatalog('data'));
const run = (input: unknown) => decode(typeof input === 'string' ? input : JSON.stringify(input, null, 2), byNumber);
/** The findings as `role code → entry id` lines, the shape a reader checks. */
const summary = (input: unknown) => {
	const result = run(input);
	if (!result.ok) throw new Error(result.message);
	return result.findings.map(
		(f) =>
			`${f.path}: ${f.role} ${f.code} → ${f.entry ? `${f.entry.group.slug}/${f.entry.code}` : `[${f.candidates.map((c) => c.group.slug).join(', ')}]`}`,
	);
};

describe('the decoder finds every code by its position', () => {
	test('an error body: the HTTP status in the body, the error code in status.code', () => {
		expect(summary({ code: 400, status: { code: -1201, message: 'Invalid Id', extra: ['model'] } })).toEqual([
			'code: http 400 → http/400',
			'status.code: error -1201 → general/-1201',
		]);
	});

	test('a faulty resource: task status -1 and its error in status.error', () => {
		const source = {
			code: 500,
			resource: 'source/5e4ee08e440ca1324410ccbd',
			status: { code: -1, elapsed: 225, error: -2020, message: 'Spreadsheet not parseable', progress: 0 },
		};
		expect(summary(source)).toEqual([
			'code: http 500 → http/500',
			'status.code: status -1 → status/-1',
			'status.error: error -2020 → source/-2020',
		]);
	});

	test('a nested cause is found under the execution’s own error (the decoder page’s example)', () => {
		const example = DECODER_EXAMPLES.find((e) => e.label === 'A nested cause')!;
		expect(summary(example.json)).toEqual([
			'status.code: status -1 → status/-1',
			'status.error: error -8200 → execution/-8200',
			'status.cause.code: error -1206 → general/-1206',
			'status.cause.http_status: http 400 → http/400',
		]);
	});

	test('the resource id picks the family of a number several families share', () => {
		const body = (resource?: string) => ({
			code: 201,
			...(resource && { resource }),
			status: { code: -1, error: -40021, message: 'cannot be created now', elapsed: 1 },
		});
		expect(summary(body('linearregression/5af06df94e17277501000010')).at(-1)).toBe(
			'status.error: error -40021 → linear-regression/-40021',
		);
		expect(summary(body('model/5af06df94e17277501000010')).at(-1)).toBe('status.error: error -40021 → model/-40021');
		expect(summary(body()).at(-1)).toBe('status.error: error -40021 → [model, linear-regression]');
	});

	test('a resource’s own status: a task status, not an error', () => {
		expect(summary({ status: { code: 5, elapsed: 854, message: 'The source has been created', progress: 1 } })).toEqual(
			['status.code: status 5 → status/5'],
		);
	});

	test('a Python-bindings wrapper: the outer HTTP code, the object’s code and its status', () => {
		const wrapper = {
			code: 202,
			resource: null,
			location: null,
			object: { status: { progress: 0.99, message: 'The upload is in progress', code: 6 } },
			error: null,
		};
		expect(summary(wrapper)).toEqual(['code: http 202 → http/202', 'object.status.code: status 6 → status/6']);
	});

	test('an HTTP response pasted with its headers: the status line counts as the header status', () => {
		const response =
			'HTTP/1.1 404 NOT FOUND\r\nContent-Type: application/json\r\n\r\n{"code": 404, "status": {"code": -1201, "message": "Invalid Id"}}';
		expect(summary(response)).toEqual([
			'status line: http 404 → http/404',
			'code: http 404 → http/404',
			'status.code: error -1201 → general/-1201',
		]);
	});

	test('a bare number is looked up by its value', () => {
		expect(summary('-4005')).toEqual(['$: error -4005 → model/-4005']);
		expect(summary('429')).toEqual(['$: http 429 → http/429']);
	});

	test('a code BigML’s table does not have is still found, with no entry', () => {
		const result = run({ code: 418, status: { code: -99999, message: 'x' } });
		expect(result.ok && result.findings.map((f) => [f.role, f.code, f.entry, f.candidates.length])).toEqual([
			['http', 418, undefined, 0],
			['error', -99999, undefined, 0],
		]);
	});

	test('unrelated JSON gives no finding', () => {
		expect(run({ name: 'iris', rows: [1, 2, 3], nested: { code: 7, label: 'x' } })).toEqual({
			ok: true,
			findings: [],
			more: 0,
		});
	});

	test('invalid JSON says what is wrong and where, line and column', () => {
		const result = run('{\n  "code": 400,\n  "status": {"code": -1201 "message": "Invalid Id"}\n}');
		expect(result).toMatchObject({ ok: false, reason: 'invalid-json', line: 3, column: 28 });
		expect(!result.ok && result.message).toBe('This is not valid JSON: a comma was expected at line 3, column 28.');
	});

	test('a line number counts the pasted headers too', () => {
		const result = run('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"code": 400,, "x": 1}');
		expect(result).toMatchObject({ ok: false, line: 4, column: 14 });
	});

	test('a Python dict gets a hint to print it as JSON', () => {
		const result = run("{'code': 400, 'error': None}");
		expect(!result.ok && result.message).toMatch(/Python dict: print it with json\.dumps/);
	});

	test('empty input asks for something to decode', () => {
		expect(run('   ')).toMatchObject({ ok: false, reason: 'empty' });
	});

	test('a large paste is decoded whole, listing the first findings and counting the rest', () => {
		const resource = (i: number) => ({
			resource: `model/${String(i).padStart(24, '0')}`,
			name: 'x'.repeat(200),
			status: { code: i % 2 ? 5 : -1, ...(i % 2 ? {} : { error: -4005 }), elapsed: 1, message: 'm' },
		});
		const input = JSON.stringify({ objects: Array.from({ length: 4000 }, (_, i) => resource(i)) });
		expect(input.length).toBeGreaterThan(1_000_000);
		const result = run(input);
		expect(result.ok && result.findings).toHaveLength(MAX_FINDINGS);
		expect(result.ok && result.findings.length + result.more).toBe(6000);
	});

	test('deep nesting does not overflow the stack', () => {
		const deep = '['.repeat(5000) + '{"status": {"code": -1, "error": -3005, "elapsed": 1}}' + ']'.repeat(5000);
		expect(summary(deep).map((s) => s.split(': ')[1])).toEqual([
			'status -1 → status/-1',
			'error -3005 → dataset/-3005',
		]);
	});
});
