import { describe, expect, test } from 'vitest';
import { readSetting, reportTargetSchema } from '../../src/schemas/site-config.ts';
import { codeReport, reportHref } from '../../src/utils/report.ts';

const page = 'https://codes.example.test/errors/model/-4002/';
const draft = codeReport(page, {
	id: 'model/-4002',
	code: -4002,
	headline: 'Your model cannot be created',
	label: 'model error',
});
const target = (value: string) => readSetting('REPORT_URL', reportTargetSchema, value);

describe('a report link carries the page and its code to the configured target', () => {
	test("an issue tracker's new-issue URL gets the title and body it reads, its own query kept", () => {
		const url = new URL(reportHref('https://github.com/acme/codes/issues/new?labels=page', draft));
		expect(url.origin + url.pathname).toBe('https://github.com/acme/codes/issues/new');
		expect(url.searchParams.get('labels')).toBe('page');
		expect(url.searchParams.get('title')).toContain('-4002');
		expect(url.searchParams.get('body')).toContain(`Page: ${page}`);
		expect(url.searchParams.get('body')).toContain('Code: -4002 (model/-4002)');
	});

	test('an email address gets the subject and body, encoded so the address line stays intact', () => {
		const href = reportHref(target('codes@example.test')!, draft);
		expect(href.startsWith('mailto:codes@example.test?subject=')).toBe(true);
		const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
		expect(params.get('subject')).toBe(draft.title);
		expect(params.get('body')).toBe(draft.body);
	});

	test('no setting means no target; a target that is neither https nor an address stops the build, naming the variable', () => {
		expect(target('')).toBeUndefined();
		expect(target('mailto:codes@example.test')).toBe('mailto:codes@example.test');
		expect(() => target('http://tracker.example.test/new')).toThrow(
			/^REPORT_URL="http:\/\/tracker.example.test\/new" must be/,
		);
		expect(() => target('javascript:alert(1)')).toThrow(/REPORT_URL/);
		expect(() => target('mailto:codes@example.test?subject=x')).toThrow(/bare email address/);
	});
});
