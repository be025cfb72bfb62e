// The benchmarks print their figures as a Markdown table, so a run pastes into the README as it is.

/**
 * A Markdown table, each column as wide as its widest cell.
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
