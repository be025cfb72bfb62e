import { describe, expect, test } from 'vitest';
import { parseBigmlHtml, parseBigmlPage } from '../../tools/lib/bigml-page.ts';
import { hasSource, readBigmlSource } from '../support/bigml-source.ts';
import { renderHtml } from '../support/bigml-pages.ts';

describe.skipIf(!hasSource())('the shared text rendered as an HTML page', () => {
	const sections = hasSource() ? readBigmlSource() : [];

	test('reads back as the same tables, headings, numbers, names and texts as the text form', () => {
		const page = parseBigmlPage(renderHtml(sections));
		expect(page.form).toBe('html');
		expect(page.sections).toEqual(sections);
	});
});

describe('the HTML form, case by case', () => {
	const wrap = (body: string) =>
		`<!doctype html><html><head><title>Status Codes</title></head><body>${body}</body></html>`;

	test('a table belongs to the nearest heading before it, whatever stands between them', () => {
		const sections = parseBigmlHtml(
			wrap(
				'<h2>A Error Code Summary</h2><h3>B Error Code Summary</h3><p>Intro</p><div><table><tr><td>-1</td><td>x</td></tr></table></div>',
			),
		);
		expect(sections).toEqual([{ heading: 'B Error Code Summary', rows: [{ code: -1, text: 'x' }] }]);
	});

	test('entities are decoded, line breaks and runs of spaces are one space, a no-break space stays', () => {
		const [section] = parseBigmlHtml(
			wrap(
				'<h2>A</h2><table><tr><td> -4002 </td><td>Can&#39;t &amp; won&rsquo;t<br>be\n\t  created&nbsp;now</td></tr></table>',
			),
		);
		expect(section!.rows).toEqual([{ code: -4002, text: "Can't & won\u2019t be created\u00a0now" }]);
	});

	test('what a reader never sees is not read: scripts, hidden elements and aria-hidden anchor signs', () => {
		const [section] = parseBigmlHtml(
			wrap(
				'<script>var t = "<h2>X</h2><table><tr><td>1</td><td>y</td></tr></table>";</script>' +
					'<h2>Model <span aria-hidden="true">¶</span></h2>' +
					'<table><tr><td>-1</td><td>shown<span hidden> hidden</span></td></tr></table>',
			),
		);
		expect(section).toEqual({ heading: 'Model', rows: [{ code: -1, text: 'shown' }] });
	});

	test('header rows and tables without codes are skipped; a three-column row has a name', () => {
		const sections = parseBigmlHtml(
			wrap(
				'<table><tr><td>Menu</td><td>Tools</td></tr></table><h2>HTTP</h2>' +
					'<table><tr><td>Code</td><td>Status</td><td>Semantics</td></tr><tr><td>429</td><td>Too Many Requests</td><td>Slow down.</td></tr></table>',
			),
		);
		expect(sections).toEqual([
			{ heading: 'HTTP', rows: [{ code: 429, name: 'Too Many Requests', text: 'Slow down.' }] },
		]);
	});

	test('tables under one heading are one section; the next heading starts another', () => {
		const table = (code: number) =>
			`<table><tr><th>Error Code</th><th>Semantics</th></tr><tr><td>${code}</td><td>t${code}</td></tr></table>`;
		const sections = parseBigmlHtml(wrap(`<h2>A</h2>${table(-1)}<p>page</p>${table(-2)}<h2>B</h2>${table(-3)}`));
		expect(sections.map((s) => [s.heading, s.rows.map((r) => r.code)])).toEqual([
			['A', [-1, -2]],
			['B', [-3]],
		]);
	});
});
