import { describe, expect, test } from 'vitest';
import { judgeAudit } from '../../tools/audit.mjs';

/** The shape of `npm audit --json` (npm 11), reduced to what the verdict reads. */
const report = (counts: Partial<Record<'low' | 'moderate' | 'high' | 'critical', number>>, names: object = {}) =>
	JSON.stringify({
		auditReportVersion: 2,
		vulnerabilities: names,
		metadata: {
			vulnerabilities: {
				info: 0,
				low: 0,
				moderate: 0,
				high: 0,
				critical: 0,
				...counts,
				total: Object.values(counts).reduce((a, b) => a + b, 0),
			},
		},
	});

describe('npm audit fails CI only on high or critical advisories, and only warns when it cannot ask', () => {
	test('a clean report passes', () => {
		expect(judgeAudit(report({}))).toEqual({
			outcome: 'pass',
			message: 'no high or critical advisories (0 lower ones)',
		});
	});

	test('low and moderate advisories pass', () => {
		expect(judgeAudit(report({ low: 2, moderate: 1 })).outcome).toBe('pass');
	});

	test('a high or a critical advisory fails, naming the package', () => {
		const verdict = judgeAudit(report({ critical: 1 }, { 'serve-handler': { severity: 'critical' } }));
		expect(verdict.outcome).toBe('fail');
		expect(verdict.message).toContain('serve-handler (critical)');
		expect(judgeAudit(report({ high: 1 }, { yaml: { severity: 'high' } })).outcome).toBe('fail');
	});

	test('an audit service that refuses or cannot be reached gives no verdict', () => {
		const refused = JSON.stringify({
			message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
		});
		expect(judgeAudit(refused)).toMatchObject({
			outcome: 'unknown',
			message: expect.stringContaining('405 Method Not Allowed'),
		});
		const offline = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request failed' } });
		expect(judgeAudit(offline)).toMatchObject({ outcome: 'unknown', message: expect.stringContaining('ENOTFOUND') });
		expect(judgeAudit('npm ERR! something else').outcome).toBe('unknown');
	});
});
