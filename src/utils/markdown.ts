/**
 * Escapes text so that Markdown renders it literally (BigML's texts must reach a ticket unaltered).
 * `&` is escaped too: Markdown decodes entities, so `&lt;` would otherwise show as `<`.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/**
 * The Markdown snippet "Copy for ticket" puts on the clipboard: the code, its
 * text and its permanent link on the first line, which renders well in any
 * tracker, then the one-line summary of its guidance.
 */
export function ticketMarkdown(entry: {
	code: number;
	headline: string;
	label: string;
	url: string;
	summary: string;
}): string {
	const link = `[BigML.io ${escapeMarkdown(entry.label)} ${entry.code}: ${escapeMarkdown(entry.headline)}](${entry.url})`;
	return `${link}\n${escapeMarkdown(entry.summary)}`;
}
