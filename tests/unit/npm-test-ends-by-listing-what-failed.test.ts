import { describe, expect, test } from 'vitest';
import { browserFailures, formatFailures, unitFailures } from '../../tools/lib/test-failures.mjs';

/**
 * CI keeps the tail of `npm test`'s output. A failure reported minutes earlier
 * (an error outside any test, printed when it happened) is gone from it, so the
 * run ends by listing every failure again, briefly.
 */
describe('npm test ends by listing what failed, briefly, above its summary', () => {
	test('a failed Vitest test is named with its file and the start of its message, colours removed', () => {
		const report = {
			testResults: [
				{
					name: '/repo/tests/unit/a.test.ts',
					status: 'failed',
					message: '',
					assertionResults: [
						{ fullName: 'a passes', status: 'passed', failureMessages: [] },
						{
							fullName: 'a fails',
							status: 'failed',
							failureMessages: ['\u001b[31mAssertionError\u001b[39m: expected 1 to be 2\n\n  at a.test.ts:3'],
						},
					],
				},
			],
		};
		expect(unitFailures(report)).toEqual([
			{
				title: '/repo/tests/unit/a.test.ts › a fails',
				message: ['    AssertionError: expected 1 to be 2', '      at a.test.ts:3'],
			},
		]);
	});

	test('a Vitest file that failed to load is named by its file', () => {
		const report = {
			testResults: [{ name: 'b.test.ts', status: 'failed', message: 'SyntaxError: x', assertionResults: [] }],
		};
		expect(unitFailures(report)).toEqual([{ title: 'b.test.ts', message: ['    SyntaxError: x'] }]);
	});

	test('a failed Playwright test is named with its project, file and titles; an error outside any test is listed too', () => {
		const report = {
			suites: [
				{
					title: 'x.spec.ts',
					specs: [],
					suites: [
						{
							title: 'a group',
							specs: [
								{
									title: 'passes',
									file: 'x.spec.ts',
									tests: [{ projectName: 'site', status: 'expected', results: [{ status: 'passed' }] }],
								},
								{
									title: 'fails',
									file: 'x.spec.ts',
									tests: [
										{
											projectName: 'site',
											status: 'unexpected',
											results: [{ status: 'failed', error: { message: 'Error: boom' } }],
										},
									],
								},
							],
						},
					],
				},
			],
			errors: [
				{ message: "Error: ENOENT: no such file or directory, open '/tmp/site/x.json'\n\nFailed worker ran 7 tests:" },
			],
		};
		expect(browserFailures(report)).toEqual([
			{ title: '[site] x.spec.ts › a group › fails', message: ['    Error: boom'] },
			{
				title: 'an error outside any test',
				message: [
					"    Error: ENOENT: no such file or directory, open '/tmp/site/x.json'",
					'    Failed worker ran 7 tests:',
				],
			},
		]);
	});

	test('a Playwright test of a config without projects is named by its file and titles alone', () => {
		const report = {
			suites: [
				{
					title: 'y.spec.ts',
					specs: [
						{
							title: 'fails',
							file: 'y.spec.ts',
							tests: [
								{ projectName: '', status: 'unexpected', results: [{ status: 'failed', error: { message: 'x' } }] },
							],
						},
					],
				},
			],
		};
		expect(browserFailures(report)).toEqual([{ title: 'y.spec.ts › fails', message: ['    x'] }]);
	});

	test('nothing is printed when nothing failed; past 20 failures the rest are counted', () => {
		expect(formatFailures([])).toEqual([]);
		const many = Array.from({ length: 23 }, (_, i) => ({ title: `t${i}`, message: ['    m'] }));
		const lines = formatFailures(many);
		expect(lines[0]).toBe('— What failed —');
		expect(lines.filter((l) => l.startsWith('✗'))).toHaveLength(20);
		expect(lines.at(-1)).toBe('… and 3 more (see above)');
	});
});
