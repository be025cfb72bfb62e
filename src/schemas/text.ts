import { z } from 'astro/zod';

/**
 * Characters no text of the catalog or the guidance may hold: control
 * characters (tabs, line breaks, form feeds, escapes, NUL and the C1 block),
 * the Unicode line and paragraph separators, and the invisible marks that
 * reorder text (bidirectional controls). None appears in BigML.io's table,
 * whose texts are plain single lines; they arrive with a copy from a PDF (a
 * form feed at a page break), a terminal (an escape) or a word processor, and
 * would break a page, a ticket or the JSON catalog without showing.
 */
const UNWANTED = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;

/** Quotes of source code keep their line breaks and tabs; nothing else of {@link UNWANTED}. */
const UNWANTED_IN_QUOTES = /(?![\n\t])[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;

/** The names of the characters a copy usually brings along. */
const NAMES: Record<string, string> = {
	'\0': 'a NUL character',
	'\t': 'a tab',
	'\n': 'a line break',
	'\v': 'a vertical tab',
	'\f': 'a form feed',
	'\r': 'a carriage return',
	'\u001b': 'an escape character',
	'\u007f': 'a delete character',
	'\u0085': 'a next-line character',
	'\u2028': 'a line separator',
	'\u2029': 'a paragraph separator',
};

/** The problem with a text's unwanted character, if it has one: what it is, where, and what to do. */
function unwantedCharacter(text: string, unwanted: RegExp): string | undefined {
	const match = unwanted.exec(text);
	if (!match) return undefined;
	const char = match[0];
	const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = NAMES[char] ?? (/\p{Bidi_Control}/u.test(char) ? 'an invisible direction mark' : 'a control character');
	const fix =
		char === '\n'
			? 'write the text on one line (a YAML block written with > keeps a line break at its end; use >- instead)'
			: 'delete it (such characters come along with text copied from a PDF, a terminal or a word processor)';
	return `holds ${name} (${code}) at character ${match.index + 1}, which no text here may hold: ${fix}`;
}

/** Adds the issues of a text that is blank or holds an unwanted character. */
function checkText(text: string, ctx: z.RefinementCtx, fix: string, unwanted: RegExp) {
	if (text === '') ctx.addIssue({ code: 'custom', message: `must not be empty: ${fix}` });
	else if (text.trim() === '') ctx.addIssue({ code: 'custom', message: `is blank (spaces only): ${fix}` });
	const problem = unwantedCharacter(text, unwanted);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

/**
 * One line of our own words (a title, a heading, a sentence of guidance):
 * trimmed, not empty, and free of control characters. `fix` says what to
 * write when it is empty.
 */
export const lineOfText = (fix: string) =>
	z
		.string()
		.trim()
		.superRefine((text, ctx) => checkText(text, ctx, fix, UNWANTED));

/**
 * One line of BigML.io's own text, kept exactly as written (never trimmed):
 * not blank, and free of control characters.
 */
export const verbatimLine = (fix: string) => z.string().superRefine((text, ctx) => checkText(text, ctx, fix, UNWANTED));

/**
 * A passage quoted verbatim from a source file: it may span lines and hold
 * tabs, as code does, but is not blank and holds no other control character.
 */
export const quotedPassage = (fix: string) =>
	z.string().superRefine((text, ctx) => checkText(text, ctx, fix, UNWANTED_IN_QUOTES));
