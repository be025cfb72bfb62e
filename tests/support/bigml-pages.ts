import type { PageSection } from '../../tools/lib/bigml-page.ts';
import type { Group } from '../../src/schemas/group.ts';

/** Escapes text for an HTML page, as a browser saving the page would have it. */
const html = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');

/** An anchor id in the style of the one BigML's page is known to have (`#sc_resource_status_code_summary`). */
const anchor = (heading: string) => `sc_${heading.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

/**
 * Renders sections as BigML's page saved as HTML would have them, with what such a page carries beside the
 * tables: a head with a script holding table-like markup, a navigation menu with a heading, a "Jump to"
 * list, hidden anchor signs in the headings, an intro under each heading, header rows of `<th>`, codes
 * in `<code>`, texts spread over lines, and each table of more than five rows split in two under one
 * heading, as the text form splits them at page breaks.
 */
export function renderHtml(sections: readonly PageSection[], { title = 'Status Codes | BigML.io' } = {}): string {
	const body = sections.map(({ heading, rows }) => {
		const named = rows.some((r) => r.name !== undefined);
		const header = `<thead><tr><th>Code</th>${named ? '<th>Status</th>' : ''}<th>Semantics</th></tr></thead>`;
		const row = (r: (typeof rows)[number]) =>
			`<tr>\n\t\t<td><code>${r.code}</code></td>\n${named ? `\t\t<td>${html(r.name ?? '')}</td>\n` : ''}\t\t<td>\n\t\t\t${html(r.text)}\n\t\t</td>\n\t</tr>`;
		const table = (part: typeof rows) =>
			`<table class="table">\n${header}\n<tbody>\n\t${part.map(row).join('\n\t')}\n</tbody>\n</table>`;
		const parts = rows.length > 5 ? [rows.slice(0, 5), rows.slice(5)] : [rows];
		return [
			`<h2 id="${anchor(heading)}">${html(heading)} <a class="anchor" href="#${anchor(heading)}" aria-hidden="true">#</a></h2>`,
			'<p>This is the list of possible specific error codes you can receive from <strong>BigML.io</strong>.</p>',
			...parts.map(table),
		].join('\n');
	});
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${html(title)}</title>
<script>var template = "<h2>Not a heading</h2><table><tr><td>1</td><td>Not a row</td></tr></table>";</script>
</head>
<body>
<nav><h3>Documentation</h3><table><tr><td>Quick start</td><td>Tools</td></tr></table></nav>
<main>
<h1>Status Codes</h1>
<p>This section lists the different status codes BigML.io sends in responses.</p>
<p>Jump to:</p>
<ul>
${sections.map((s) => `<li><a href="#${anchor(s.heading)}">${html(s.heading)}</a></li>`).join('\n')}
</ul>
${body.join('\n\n')}
</main>
<footer><a href="#">Documentation</a> <a href="#">Tools</a></footer>
</body>
</html>
`;
}

/**
 * Renders sections in the text form of the shared source: a "Jump to:" list, each heading with an intro
 * line, a header row, then rows of tab-separated cells (status rows led by dots), and the footer links.
 */
export function renderText(sections: readonly PageSection[]): string {
	const jump = sections.map((s) => `- [${s.heading}](#)`).join('\n');
	const body = sections.map(({ heading, rows }) => {
		const named = rows.some((r) => r.name !== undefined);
		const lines = rows.map((r) => `${named ? '....\t' : ''}${r.code}\t${named ? `${r.name ?? ''}\t` : ''}${r.text}`);
		return `${heading}\n\nThis is the list of possible error codes.\n\n${named ? '\tCode\tStatus\tSemantics' : 'Error Code\tSemantics'}\n${lines.join('\n')}`;
	});
	return `\n\nStatus Codes\n\nThis section lists the status codes.\n\nJump to:\n\n${jump}\n\n${body.join('\n\n')}\n\n[Documentation](#)\n\n[Tools](#)\n`;
}

/** The tables BigML's page shows for a catalog: each group's documented, live codes, in the catalog's order. */
export function pageOf(groups: readonly Group[]): PageSection[] {
	return groups
		.map((group) => ({
			heading: group.heading,
			rows: group.codes
				.filter((c) => c.provenance === 'documented' && c.retired === undefined)
				.map(({ code, name, text }) => (name === undefined ? { code, text } : { code, name, text })),
		}))
		.filter((section) => section.rows.length > 0);
}
