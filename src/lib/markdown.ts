/**
 * Escapes text so that Markdown renders it literally (BigML's texts must reach a ticket unaltered).
 * `&` is escaped too: Markdown decodes entities, so `&lt;` would otherwise show as `<`.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/**
 * The Markdown snippet "Copy for ticket" puts on the clipboard: the code, its
 * text and its permanent link, in one line that renders well in any tracker.
 */
export function ticketMarkdown(entry: { code: number; headline: string; label: string; url: string }): string {
	return `[BigML.io ${escapeMarkdown(entry.label)} ${entry.code}: ${escapeMarkdown(entry.headline)}](${entry.url})`;
}
