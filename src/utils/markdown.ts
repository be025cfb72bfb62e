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
 * tracker, then the advice line for the customer who reads the ticket.
 */
export function ticketMarkdown(ticket: {
	code: number;
	headline: string;
	label: string;
	url: string;
	advice: string;
}): string {
	const link = `[BigML.io ${escapeMarkdown(ticket.label)} ${ticket.code}: ${escapeMarkdown(ticket.headline)}](${ticket.url})`;
	return `${link}\n${escapeMarkdown(ticket.advice)}`;
}
