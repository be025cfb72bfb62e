/**
 * Where and why a paste is not JSON, line and column, the same in every
 * browser: the decoder page tells a person what to fix. Apart from decode.ts
 * so the search box, which only needs to know a paste is not a response yet,
 * does not download a JSON error parser.
 */
import { parse as parseLoosely, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { pythonHint, type Explainer } from './decode.ts';

/** The words for each jsonc-parser error, as a person fixing the paste needs them. */
const PARSE_ERRORS: Record<string, string> = {
	InvalidSymbol: 'an unexpected character',
	InvalidNumberFormat: 'a malformed number',
	PropertyNameExpected: 'a property name in double quotes was expected',
	ValueExpected: 'a value was expected',
	ColonExpected: 'a colon was expected',
	CommaExpected: 'a comma was expected',
	CloseBraceExpected: 'a closing } was expected',
	CloseBracketExpected: 'a closing ] was expected',
	EndOfFileExpected: 'the JSON should end here',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'an unfinished comment',
	UnexpectedEndOfString: 'a string is not closed',
	UnexpectedEndOfNumber: 'a number is cut short',
	InvalidUnicode: 'an invalid \\u escape',
	InvalidEscapeCharacter: 'an invalid escape in a string',
	InvalidCharacter: 'a character that must be escaped in a string',
};

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

/** Says where and why a text is not JSON. JSON.parse has already failed; this only finds the place, the same in every browser. */
export const explainInvalidJson: Explainer = (body, lineOffset) => {
	const errors: ParseError[] = [];
	parseLoosely(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	// JSON.parse refuses what jsonc-parser forgives (a lone value after another, say); say so without a place then.
	const [first] = errors;
	const python = pythonHint(body);
	if (!first) return { ok: false, reason: 'invalid-json', message: `This is not valid JSON.${python}` };
	const { line, column } = lineAndColumn(body, first.offset);
	const why = PARSE_ERRORS[printParseErrorCode(first.error)] ?? 'the JSON is malformed';
	return {
		ok: false,
		reason: 'invalid-json',
		line: line + lineOffset,
		column,
		message: `This is not valid JSON: ${why} at line ${line + lineOffset}, column ${column}.${python}`,
	};
};
