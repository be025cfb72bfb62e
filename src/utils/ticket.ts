import { ticketMarkdown } from './markdown.ts';

/** What a ticket snippet says of a code: the same facts in every format. */
export interface TicketFacts {
	code: number;
	/** The code's name or, where it has none, BigML's text. */
	headline: string;
	/** What kind of code it is, in a few words: "model error", "HTTP status". */
	label: string;
	/** The code page's absolute address. */
	url: string;
	/** The one line of advice written for the customer who reads the ticket. */
	advice: string;
}

/**
 * The formats "Copy for ticket" offers. `rich` puts HTML and Markdown on the
 * clipboard at once, so a rich-text editor (Zendesk, Intercom, Help Scout,
 * Gmail) pastes a real link and a Markdown tracker (GitHub, Jira's Markdown
 * fields) pastes Markdown; the others put one text only.
 */
export const TICKET_FORMATS = ['rich', 'markdown', 'plain', 'link'] as const;

/** One of {@link TICKET_FORMATS}. */
export type TicketFormat = (typeof TICKET_FORMATS)[number];

/** How each format is offered, and what is announced once it is copied. */
export const TICKET_FORMAT_LABELS: Record<TicketFormat, { option: string; done: string }> = {
	rich: { option: 'Rich text + Markdown', done: 'Link and advice copied as rich text, with Markdown beside it' },
	markdown: { option: 'Markdown', done: 'Link and advice copied as Markdown' },
	plain: { option: 'Plain text', done: 'Link and advice copied as plain text' },
	link: { option: 'Link only', done: 'Link copied to the clipboard' },
};

/** Whether a stored or submitted value is one of the formats. */
export function isTicketFormat(value: unknown): value is TicketFormat {
	return (TICKET_FORMATS as readonly unknown[]).includes(value);
}

/** The first line of every format: "BigML.io model error -4002: Your model cannot be created". */
export function ticketTitle(facts: Pick<TicketFacts, 'code' | 'headline' | 'label'>): string {
	return `BigML.io ${facts.label} ${facts.code}: ${facts.headline}`;
}

/** Escapes text for HTML, quotes included, so BigML's text reaches the ticket as text, never as markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The snippet as HTML, for rich-text editors and email: one block with a real
 * link, a line break and the advice. It carries no style at all, so the text
 * takes the look of the ticket it lands in (a `style` attribute would also be
 * refused by the site's Content-Security-Policy as the browser reads the
 * snippet in), and a `<div>` rather than a `<p>` adds no margin in email.
 */
export function ticketHtml(facts: TicketFacts): string {
	return `<div><a href="${escapeHtml(facts.url)}">${escapeHtml(ticketTitle(facts))}</a><br>${escapeHtml(facts.advice)}</div>`;
}

/** The snippet as plain text: the title, the address on its own line (chat and email make it a link), the advice. */
export function ticketPlainText(facts: TicketFacts): string {
	return `${ticketTitle(facts)}\n${facts.url}\n${facts.advice}`;
}

/** What each format puts on the clipboard, by MIME type. */
export function ticketClipboard(format: TicketFormat, facts: TicketFacts): Record<string, string> {
	switch (format) {
		case 'rich':
			return { 'text/html': ticketHtml(facts), 'text/plain': ticketMarkdown(facts) };
		case 'markdown':
			return { 'text/plain': ticketMarkdown(facts) };
		case 'plain':
			return { 'text/plain': ticketPlainText(facts) };
		case 'link':
			return { 'text/plain': facts.url };
	}
}
