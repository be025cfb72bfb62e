// Reads BigML.io's "Status Codes" page as a maintainer saves it: the text form (what
// ../shared/source/bigml-status-codes.txt shows) or the page saved as HTML. Pure: it takes the file's
// content and returns the page's tables, so tests can feed it pages they make themselves.
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument, Parser } from 'htmlparser2';

/** One row of one of BigML's tables, exactly as the page has it. */
export interface PageRow {
	/** The number, as BigML.io sends it. */
	code: number;
	/** The "Status" column of the HTTP and task-status tables; absent where the table has none. */
	name?: string;
	/** The "Semantics" column, verbatim. */
	text: string;
}

/** One table of the page under its heading ("Model Error Code Summary"), rows in the page's order. */
export interface PageSection {
	heading: string;
	rows: PageRow[];
}

/** What the page holds: its tables in order, and the form the file was saved in. */
export interface BigmlPage {
	form: 'text' | 'html';
	sections: PageSection[];
}

/**
 * A file that cannot be read as BigML's page: empty, cut short, or another page.
 * It says what the reader expected and what it found instead, so the person running the sync can act.
 */
export class PageFormatError extends Error {
	/** What BigML's page should have looked like at that point. */
	readonly expected: string;
	/** What the file has instead. */
	readonly found: string;

	constructor(expected: string, found: string) {
		super(`expected ${expected}; found ${found}`);
		this.name = 'PageFormatError';
		this.expected = expected;
		this.found = found;
	}
}

/** What a reader of the page is told when the file is not it. */
const PAGE =
	'BigML.io\'s "Status Codes" page, saved as text or HTML: headings, each followed by a table of code, optional name and text';

/** A number as BigML writes one in a table; the Unicode minus a copy may carry is read as a hyphen. */
const NUMBER = /^[-\u2212]?\d{1,7}$/;
const toNumber = (cell: string) => Number(cell.replace('\u2212', '-'));

/** Quotes a piece of the file for a message, cut to a readable length. */
const quote = (text: string) => `"${text.length > 70 ? `${text.slice(0, 70)}…` : text}"`;

/** Turns a section's cells (after the number) into a row, or says why they are not one. */
function toRow(code: number, cells: string[], where: string): PageRow {
	if (cells.length === 1) return { code, text: cells[0]! };
	if (cells.length === 2) return { code, name: cells[0]!, text: cells[1]! };
	throw new PageFormatError(
		'a row of code, optional name and text',
		`${cells.length === 0 ? 'a code with no text' : `${cells.length + 1} columns`} for ${code} ${where}`,
	);
}

/** Checks what every reading of the page must hold: tables with rows, each number and heading once. */
function checkSections(sections: PageSection[], found: () => string): PageSection[] {
	if (sections.length === 0) throw new PageFormatError(PAGE, found());
	const headings = new Set<string>();
	for (const section of sections) {
		if (section.rows.length === 0) {
			throw new PageFormatError(`rows under the table header of "${section.heading}"`, 'a table with no rows');
		}
		if (headings.has(section.heading)) {
			throw new PageFormatError(
				'each table under its own heading, once',
				`two tables headed "${section.heading}" (the catalog matches groups by heading: compare them by hand)`,
			);
		}
		headings.add(section.heading);
		const seen = new Set<number>();
		for (const row of section.rows) {
			if (seen.has(row.code)) {
				throw new PageFormatError(
					'each number once per table',
					`${row.code} twice in "${section.heading}" (a group holds a number once: compare it by hand)`,
				);
			}
			seen.add(row.code);
		}
	}
	return sections;
}

// ——— The text form ———

/** A table's header row, repeated at every page break of the text form: "Code  Status  Semantics", "Error Code  Semantics". */
function isHeaderRow(line: string): boolean {
	const cells = line
		.split('\t')
		.map((c) => c.trim())
		.filter(Boolean);
	return cells.length >= 2 && /^(error )?code$/i.test(cells[0]!) && !cells.some((c) => NUMBER.test(c));
}

/** A row: the number (status rows start with dot leaders: "....\t0\tWaiting\t…"), a tab, then the other cells. */
const TEXT_ROW = /^[.\s]*([-\u2212]?\d{1,7})\t(.*)$/;

/**
 * A line that can be a heading: short, alone between blank lines, not a sentence (intro paragraphs end
 * with "." or ":"), a list item or a link. A paragraph the page break cut in two is too long to pass.
 */
function isHeadingLike(lines: readonly string[], i: number): boolean {
	const line = lines[i]!.trim();
	const blank = (j: number) => j < 0 || j >= lines.length || lines[j]!.trim() === '';
	return (
		line.length <= 80 &&
		!line.includes('\t') &&
		!/[.:;,]$/.test(line) &&
		!/^(- |\* |\[|#|\|)/.test(line) &&
		blank(i - 1) &&
		blank(i + 1)
	);
}

/** The headings of the page's "Jump to:" list, and the line the body starts at. */
function jumpList(lines: readonly string[]): { listed: string[]; start: number } {
	const at = lines.findIndex((line) => line.trim() === 'Jump to:');
	if (at < 0) return { listed: [], start: 0 };
	const listed: string[] = [];
	let i = at + 1;
	for (; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (line === '') continue;
		const item = /^- \[(.+)\]\([^)]*\)$/.exec(line);
		if (!item) break;
		listed.push(item[1]!.trim());
	}
	return { listed, start: i };
}

/**
 * Reads the text form of the page. Its quirks: a "Jump to:" list of the headings first (a page break may
 * split it), the header row repeated after every page break, status rows led by dots, tab-separated cells,
 * and a paragraph a page break splits in two. The headings are the short lines before each table.
 */
export function parseBigmlText(content: string): PageSection[] {
	const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const { listed, start } = jumpList(lines);
	const sections: PageSection[] = [];
	let current: PageSection | undefined;
	let heading: string | undefined;
	let inTable = false;
	let lastRow = -1;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.trim() === '') continue;
		const where = () => `at line ${i + 1}`;
		if (isHeaderRow(line)) {
			if (heading !== undefined) {
				current = { heading, rows: [] };
				sections.push(current);
				heading = undefined;
			} else if (!current) {
				throw new PageFormatError('a heading before the first table', `a table header ${where()} with none above it`);
			}
			inTable = true;
			continue;
		}
		const row = TEXT_ROW.exec(line);
		if (row) {
			if (!current || !inTable) {
				throw new PageFormatError(
					'every row under a table header',
					`${quote(line.trim())} ${where()}, outside any table`,
				);
			}
			const cells = row[2]!
				.split('\t')
				.map((c) => c.trim())
				.filter(Boolean);
			current.rows.push(toRow(toNumber(row[1]!), cells, where()));
			heading = undefined;
			lastRow = i;
			continue;
		}
		inTable = false;
		if (isHeadingLike(lines, i)) heading = line.trim();
	}
	const found = () => {
		const first = lines.find((l) => l.trim() !== '');
		return first === undefined
			? 'an empty file'
			: `no table header ("Code  Status  Semantics" or "Error Code  Semantics") in ${lines.length} lines of text starting ${quote(first.trim())}`;
	};
	checkSections(sections, found);
	const missing = listed.filter((h) => !sections.some((s) => s.heading === h));
	if (missing.length > 0) {
		throw new PageFormatError(
			'a table under every heading of the page\'s "Jump to:" list',
			`none under ${missing.map(quote).join(', ')}: the file looks cut short, so save the page again`,
		);
	}
	// The footer stands apart from the table, after a blank line: a line cut in half right after the last row is not it.
	const next = lines.findIndex((l, i) => i > lastRow && l.trim() !== '');
	if (next < 0 || next === lastRow + 1) {
		const last = sections.at(-1)!;
		throw new PageFormatError(
			"the page to go on after its last table (BigML's page ends with its footer links)",
			`the file ends inside the "${last.heading}" table, after ${last.rows.at(-1)!.code}: it looks cut short, so save the page again`,
		);
	}
	return sections;
}

// ——— The HTML form ———

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;
const isElement = (node: Node): node is Element => 'attribs' in node;

/** Elements a reader never sees, whose text is not the page's. */
function isHidden(el: Element): boolean {
	return (
		['script', 'style', 'template', 'noscript', 'head'].includes(el.name) ||
		'hidden' in el.attribs ||
		el.attribs['aria-hidden'] === 'true'
	);
}

/** An element's text as a reader sees it: hidden parts left out, `<br>` a space, whitespace runs collapsed. */
function textOf(node: Node): string {
	const raw = (n: Node): string => {
		if (!isElement(n)) return 'data' in n && n.type === 'text' ? n.data : '';
		if (isHidden(n)) return '';
		if (n.name === 'br') return ' ';
		return n.children.map(raw).join('');
	};
	// HTML collapses ASCII whitespace only; a no-break space is the page's own character and stays.
	return raw(node)
		.replace(/[ \t\n\r\f]+/g, ' ')
		.trim();
}

/** The rows of a table element, nested tables left out, each as its cells' texts, with whether all are `<th>`. */
function tableRows(table: Element): { cells: string[]; header: boolean }[] {
	const rows: { cells: string[]; header: boolean }[] = [];
	const visit = (node: Node) => {
		if (!isElement(node) || isHidden(node)) return;
		if (node.name === 'tr') {
			const cells = node.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
			rows.push({ cells: cells.map(textOf), header: cells.every((c) => c.name === 'th') });
			return;
		}
		if (node.name === 'table' && node !== table) return;
		node.children.forEach(visit);
	};
	visit(table);
	return rows;
}

/** Whether the file reaches the page's end: a cut download leaves `</body>` and `</html>` out. */
function reachesTheEnd(html: string): boolean {
	let closed = false;
	const parser = new Parser({
		onclosetag(name, isImplied) {
			if ((name === 'html' || name === 'body') && !isImplied) closed = true;
		},
	});
	parser.end(html);
	return closed;
}

/**
 * Reads the page saved as HTML: each table of codes belongs to the nearest heading (`<h1>`…`<h6>`) before
 * it, and tables that follow one heading form one section. A row is a number, then the text, or the
 * name and the text. Header rows (`<th>` cells, or a first cell "Code") and tables without codes are skipped.
 */
export function parseBigmlHtml(content: string): PageSection[] {
	const root = parseDocument(content);
	const sections: PageSection[] = [];
	let heading: { element: Element; text: string } | undefined;
	let current: { element: Element; section: PageSection } | undefined;
	let tables = 0;
	const visit = (node: Node) => {
		if (!isElement(node) || isHidden(node)) return;
		if (/^h[1-6]$/.test(node.name)) {
			heading = { element: node, text: textOf(node) };
			return;
		}
		if (node.name !== 'table') {
			node.children.forEach(visit);
			return;
		}
		tables += 1;
		const rows = tableRows(node).filter(
			({ cells, header }) => !header && cells.length > 0 && !/^(error )?code$/i.test(cells[0]!),
		);
		if (!rows.some(({ cells }) => NUMBER.test(cells[0]!))) return;
		if (!heading)
			throw new PageFormatError('a heading before each table of codes', 'a table of codes with no heading above it');
		if (current?.element !== heading.element) {
			current = { element: heading.element, section: { heading: heading.text, rows: [] } };
			sections.push(current.section);
		}
		for (const { cells } of rows) {
			const where = `in the table under "${heading.text}"`;
			if (!NUMBER.test(cells[0]!)) {
				throw new PageFormatError(`a number in the first cell of every row ${where}`, quote(cells.join(' | ')));
			}
			current.section.rows.push(toRow(toNumber(cells[0]!), cells.slice(1).filter(Boolean), where));
		}
	};
	const truncated = !reachesTheEnd(content);
	try {
		root.children.forEach(visit);
	} catch (error) {
		// A page cut mid-row breaks its last row; say it is cut short, which is the cause.
		if (!truncated) throw error;
	}
	if (truncated) {
		throw new PageFormatError(
			'the whole page, up to its closing </html> tag',
			`the file stops before it (after ${sections.length} table${sections.length === 1 ? '' : 's'} of codes): it looks cut short, so save the page again`,
		);
	}
	const found = () => {
		const title = DomUtils.findOne((el) => el.name === 'title', root.children);
		return `HTML with ${tables} table${tables === 1 ? '' : 's'} and no table of codes${title ? `, titled ${quote(textOf(title))}` : ''}`;
	};
	return checkSections(sections, found);
}

// ——— Either form ———

/** Reads a saved page, telling the two forms apart: HTML starts with a tag, the text form with words. */
export function parseBigmlPage(content: string): BigmlPage {
	const text = content.replace(/^\uFEFF/, '');
	if (text.trim() === '') throw new PageFormatError(PAGE, 'an empty file');
	return /^\s*</.test(text)
		? { form: 'html', sections: parseBigmlHtml(text) }
		: { form: 'text', sections: parseBigmlText(text) };
}

/** Reads a saved page from a file; bytes that are not UTF-8 text are refused, not guessed at. */
export function readBigmlPage(path: string): BigmlPage {
	const bytes = readFileSync(path);
	let content: string;
	try {
		content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new PageFormatError(
			PAGE,
			`${bytes.length} bytes that are not UTF-8 text (an image, an archive, or another encoding)`,
		);
	}
	return parseBigmlPage(content);
}
