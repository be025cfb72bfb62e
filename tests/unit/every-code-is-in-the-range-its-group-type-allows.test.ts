import { describe, expect, test } from 'vitest';
import { parseGroupFile } from '../../src/build/catalog-fs.ts';
import { validFamily } from '../support/catalog-fixtures.ts';

/** A group file of a type, holding one code. */
const group = (type: string, code: number, kind: string, name = '') =>
	`slug: ${type}
order: 0
type: ${type}
title: Codes
heading: Code Summary
description: Codes.
codes:
  - code: ${code}
    kind: ${kind}
    text: Something happened${name && `\n    name: ${name}`}
`;

/** The problems of a group file, as `<at>: <message>`. */
const problemsOf = (text: string, slug: string) =>
	(parseGroupFile(`data/${slug}.yaml`, text).problems ?? []).map((p) => `${p.at}: ${p.message}`);

describe('every code is in the range its group type allows', () => {
	test.each([
		['http', 99, 'http-success', /is not an HTTP status: HTTP statuses run from 100 to 599/],
		['http', 600, 'http-server-error', /is not an HTTP status/],
		['http', -429, 'http-rate-limited', /is not an HTTP status/],
		['status', 10, 'status-finished', /is not a task status: task statuses are small numbers, from -9 to 9/],
		['status', -1101, 'status-faulty', /is not a task status.*an error code belongs in general\.yaml/],
		[
			'general',
			1101,
			'general-limit',
			/is positive: BigML\.io general error codes are negative, such as -1101; write the minus sign/,
		],
		['general', 0, 'general-limit', /is zero: BigML\.io general error codes are negative/],
	])('%s: %i is refused', (type, code, kind, message) => {
		const name = type === 'general' ? '' : 'A Name';
		expect(problemsOf(group(type, code, kind, name), type)).toEqual([
			expect.stringMatching(new RegExp(`^codes\\[0\\] \\(${code}\\) › code: ${message.source}`)),
		]);
	});

	test.each([
		['http', 100, 'http-success'],
		['http', 599, 'http-server-error'],
		['status', -9, 'status-unknown'],
		['status', 9, 'status-finished'],
		['general', -1, 'general-limit'],
	])('%s: %i is accepted', (type, code, kind) => {
		expect(problemsOf(group(type, code, kind, type === 'general' ? '' : 'A Name'), type)).toEqual([]);
	});

	test('a family code without its minus sign is refused, and nothing else is said about it', () => {
		expect(problemsOf(validFamily.replace('code: -4002', 'code: 4002'), 'model')).toEqual([
			'codes[0] (4002) › code: is positive: BigML.io error codes of a family are negative, such as -4002; write the minus sign',
		]);
	});
});
