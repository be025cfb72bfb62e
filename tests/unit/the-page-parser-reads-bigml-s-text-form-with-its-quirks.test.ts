import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBigmlPage, parseBigmlText } from '../../tools/lib/bigml-page.ts';
import { hasSource, readBigmlSource, SOURCE_PATH } from '../support/bigml-source.ts';

describe.skipIf(!hasSource())("the shared text of BigML's page", () => {
	const text = hasSource() ? readFileSync(SOURCE_PATH, 'utf8') : '';
	const sections = hasSource() ? readBigmlSource() : [];

	test('has one table per heading of its "Jump to:" list, in that order: 39 tables and 274 rows (shared/README.md)', () => {
		const listed = [...text.matchAll(/^- \[(.+)\]\(#\)$/gm)].map((m) => m[1]);
		expect(sections.map((s) => s.heading)).toEqual(listed);
		expect(sections).toHaveLength(39);
		expect(sections.flatMap((s) => s.rows)).toHaveLength(274);
	});

	test('gives every dotted status row its number, name and text, without the dots', () => {
		const dotted = [...text.matchAll(/^\.+\t(-?\d+)\t([^\t]+)\t(.+)$/gm)];
		expect(dotted.length).toBeGreaterThan(0);
		const rows = new Map(sections.flatMap((s) => s.rows).map((r) => [r.code, r]));
		for (const [, code, name, rowText] of dotted)
			expect(rows.get(Number(code))).toEqual({ code: Number(code), name, text: rowText });
	});

	test('adds no row or table for the header rows a page break repeats', () => {
		const headerRows = text.split('\n').filter((l) => /^\t?(Error )?Code\t/.test(l)).length;
		expect(headerRows).toBeGreaterThan(sections.length);
		for (const row of sections.flatMap((s) => s.rows)) {
			expect(Number.isInteger(row.code)).toBe(true);
			expect(row.text).not.toMatch(/^Semantics$|^\s|\s$/);
		}
	});

	test('reads the same with Windows line ends and a byte-order mark', () => {
		expect(parseBigmlPage(`\uFEFF${text.replace(/\n/g, '\r\n')}`).sections).toEqual(sections);
	});
});

describe('the text form, quirk by quirk', () => {
	const page = (body: string) =>
		`Status Codes\n\nJump to:\n\n- [Model Error Code Summary](#)\n\n${body}\n\n[Documentation](#)\n`;

	test('a table a page break splits, its header row repeated, stays one table', () => {
		const sections = parseBigmlText(
			page(
				'Model Error Code Summary\n\nIntro.\n\nError Code\tSemantics\n-4000\tA\n-4001\tB\n\nError Code\tSemantics\n-4002\tC',
			),
		);
		expect(sections).toEqual([
			{
				heading: 'Model Error Code Summary',
				rows: [
					{ code: -4000, text: 'A' },
					{ code: -4001, text: 'B' },
					{ code: -4002, text: 'C' },
				],
			},
		]);
	});

	test('an intro paragraph a page break cuts in two is not taken for a heading', () => {
		const cut = `each resource that is long enough to be a paragraph and not a heading, cut by the page break`;
		const sections = parseBigmlText(
			page(
				`Model Error Code Summary\n\nThe creation of resources involves a task; ${cut}\n\nhas a status field. The states are:\n\nError Code\tSemantics\n-4000\tA`,
			),
		);
		expect(sections.map((s) => s.heading)).toEqual(['Model Error Code Summary']);
	});

	test('a jump list a page break splits is read whole', () => {
		const text = `Jump to:\n\n- [A Error Code Summary](#)\n\n- [B Error Code Summary](#)\n\nA Error Code Summary\n\nError Code\tSemantics\n-1\tx\n\nB Error Code Summary\n\nError Code\tSemantics\n-2\ty\n\n[Tools](#)\n`;
		expect(parseBigmlText(text).map((s) => s.heading)).toEqual(['A Error Code Summary', 'B Error Code Summary']);
	});

	test('cells keep their text verbatim: quotes, typos, inner spaces; only the cell edges are trimmed', () => {
		const [section] = parseBigmlText(
			page(
				`Model Error Code Summary\n\nError Code\tSemantics\n-4000\t  Cloned resourced  can't be "public"  \n-4001\tThe model\u00a0is faulty`,
			),
		);
		expect(section!.rows).toEqual([
			{ code: -4000, text: 'Cloned resourced  can\'t be "public"' },
			{ code: -4001, text: 'The model\u00a0is faulty' },
		]);
	});

	test('a row with a status column gets a name; a row without one has no name key at all', () => {
		const [section] = parseBigmlText(
			page(
				'Model Error Code Summary\n\n\tCode\tStatus\tSemantics\n....\t0\tWaiting\tThe resource is waiting.\n...\t-1\tFaulty\tThe task has failed.\n-4\tNo name here',
			),
		);
		expect(section!.rows).toEqual([
			{ code: 0, name: 'Waiting', text: 'The resource is waiting.' },
			{ code: -1, name: 'Faulty', text: 'The task has failed.' },
			{ code: -4, text: 'No name here' },
		]);
		expect(Object.keys(section!.rows[2]!)).toEqual(['code', 'text']);
	});
});
