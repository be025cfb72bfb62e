/** One way of typing a code into the search box. */
export interface CodeForm {
	/** What the form is, for test names: "signed", "unsigned", "unicode minus", "error prefix". */
	kind: string;
	/** What is typed. */
	query: string;
}

/**
 * The ways people type a code, per the search issue: with its sign, without
 * it, with the Unicode minus (U+2212) and after the word "error". Forms that
 * read the same for a code (a positive one has no sign to drop) appear once.
 * Shared by the unit tests and the browser tests, so both check the same table.
 */
export function codeForms(code: number): CodeForm[] {
	const digits = String(Math.abs(code));
	const forms: CodeForm[] = [
		{ kind: 'signed', query: String(code) },
		{ kind: 'unsigned', query: digits },
		{ kind: 'unicode minus', query: code < 0 ? `\u2212${digits}` : String(code) },
		{ kind: 'error prefix', query: `error ${code}` },
	];
	return forms.filter((form, i) => forms.findIndex((f) => f.query === form.query) === i);
}
