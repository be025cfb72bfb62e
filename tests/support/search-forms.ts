/** One way of typing a code into the search box. */
export interface CodeForm {
	/** What the form is, for test names: "signed", "unsigned", "unicode minus", "error prefix". */
	kind: string;
	/** What is entered. */
	query: string;
	/**
	 * How it reaches the box: typed key by key, or pasted. Nobody types U+2212
	 * (it comes from pasted docs and chat), and "error -4002" comes from a log.
	 */
	entry: 'typed' | 'pasted';
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
		{ kind: 'signed', query: String(code), entry: 'typed' },
		{ kind: 'unsigned', query: digits, entry: 'typed' },
		{ kind: 'unicode minus', query: code < 0 ? `\u2212${digits}` : String(code), entry: 'pasted' },
		{ kind: 'error prefix', query: `error ${code}`, entry: 'pasted' },
	];
	return forms.filter((form, i) => forms.findIndex((f) => f.query === form.query) === i);
}

/**
 * The entries a form of a code should list, in order: the code's own entries
 * when typed with a sign, else the positive code's and then the negative
 * one's (typed `1`, task status 1 Queued comes before -1 Faulty).
 */
export function expectedEntries<T>(byNumber: ReadonlyMap<number, readonly T[]>, code: number, signed: boolean): T[] {
	const magnitude = Math.abs(code);
	if (signed || magnitude === 0) return [...(byNumber.get(code) ?? [])];
	return [...(byNumber.get(magnitude) ?? []), ...(byNumber.get(-magnitude) ?? [])];
}
