import { parse as parseLoosely, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Finds every BigML.io code in a pasted response body, status object or
 * resource, and tells what each one is from where it sits. Pure: it runs the
 * same in the browser (the decoder on `/decode/`) and in unit tests.
 */

/** The three kinds of number BigML.io sends. */
export type Role = 'http' | 'status' | 'error';

/** What the decoder needs to know of a catalog entry; both the build's catalog and `/catalog.json` provide it. */
export interface DecodableEntry {
	code: number;
	group: { slug: string; type: 'http' | 'status' | 'general' | 'family'; resource?: string | undefined };
}

/** One code found in the input. */
export interface Finding<E extends DecodableEntry> {
	role: Role;
	code: number;
	/** Where in the JSON the number sits, e.g. `object.status.error` (`$` for the whole input). */
	path: string;
	/** What that position means, in words. */
	where: string;
	/** The catalog entry, when the role and the resource in scope single one out. */
	entry?: E | undefined;
	/** Every entry the number could be when nothing singles one out (a number shared by several families). */
	candidates: E[];
	/** The resource type of the id in scope (`model` from `"resource": "model/5af…"`), if any. */
	resource?: string | undefined;
}

/** What the decoder makes of an input. */
export type DecodeResult<E extends DecodableEntry> =
	| {
			ok: true;
			findings: Finding<E>[];
			/** How many findings were left out past {@link MAX_FINDINGS}. */
			more: number;
	  }
	| { ok: false; reason: 'empty'; message: string }
	| { ok: false; reason: 'invalid-json'; message: string; line?: number; column?: number };

/** Findings beyond this many are counted, not listed: a page of thousands of codes helps nobody. */
export const MAX_FINDINGS = 100;

/** A BigML resource id: type, slash, 24 hex characters (or a shared id), optionally public/ or shared/ first. */
const RESOURCE_ID = /^(?:public\/|shared\/)?([a-z]+)\/[a-zA-Z0-9]{24,30}$/;
/** Keys that mark an object as a BigML response, status or error, so a stray `code` elsewhere is not taken for one. */
const BIGML_KEYS = ['status', 'message', 'error', 'extra', 'resource', 'object'];
/** Task statuses BigML and its bindings use: -3 Runnable … 6 Uploading. */
const isTaskStatus = (n: number) => n >= -3 && n <= 6;
const isHttpStatus = (n: number) => n >= 100 && n <= 599;
const isErrorCode = (n: number) => n <= -1000;

/** The role a number has from its value alone, where its position does not say. */
function roleByValue(n: number): Role | undefined {
	if (isHttpStatus(n)) return 'http';
	if (isTaskStatus(n)) return 'status';
	if (isErrorCode(n)) return 'error';
	return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

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
function explainInvalidJson(
	body: string,
	lineOffset: number,
): { ok: false; reason: 'invalid-json'; message: string; line?: number; column?: number } {
	const errors: ParseError[] = [];
	parseLoosely(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	// JSON.parse refuses what jsonc-parser forgives (a lone value after another, say); say so without a place then.
	const [first] = errors;
	const python = /\bNone\b|\bTrue\b|\bFalse\b|'[^']*'\s*:/.test(body)
		? ' It looks like a Python dict: print it with json.dumps(...) and paste that.'
		: '';
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
}

/** Splits an HTTP response pasted with its headers (`curl -i`) into the status line's code and the body. */
function splitHttpResponse(text: string): { header?: number; body: string; lineOffset: number } {
	const statusLine = /^HTTP\/[\d.]+\s+(\d{3})\b/.exec(text);
	if (!statusLine) return { body: text, lineOffset: 0 };
	const blank = /\r?\n\r?\n/.exec(text);
	const body = blank ? text.slice(blank.index + blank[0].length) : '';
	const lineOffset = blank ? text.slice(0, blank.index + blank[0].length).split('\n').length - 1 : 0;
	return { header: Number(statusLine[1]), body, lineOffset };
}

/** Picks the catalog entry a finding is, from its role and the resource in scope. */
function resolve<E extends DecodableEntry>(
	byNumber: ReadonlyMap<number, E[]>,
	role: Role,
	code: number,
	resource: string | undefined,
): { entry?: E; candidates: E[] } {
	const types = role === 'error' ? ['general', 'family'] : [role];
	const candidates = (byNumber.get(code) ?? []).filter((e) => types.includes(e.group.type));
	if (candidates.length === 1) return { entry: candidates[0]!, candidates };
	const ofResource = resource ? candidates.filter((e) => e.group.resource === resource) : [];
	if (ofResource.length === 1) return { entry: ofResource[0]!, candidates };
	return { candidates };
}

interface Visit {
	value: unknown;
	path: string;
	/** The key this value sits under in its parent object. */
	key: string | undefined;
	resource: string | undefined;
}

/**
 * Decodes a pasted input: an error body (`{"code": 400, "status": {"code": -1201, …}}`),
 * a status object, a whole resource, a Python-bindings wrapper, an HTTP
 * response with its headers, or a bare number. Walks the JSON without
 * recursion, so deep or large pastes (1 MB) neither overflow nor freeze.
 */
export function decode<E extends DecodableEntry>(input: string, byNumber: ReadonlyMap<number, E[]>): DecodeResult<E> {
	const text = input.trim();
	if (text === '') {
		return { ok: false, reason: 'empty', message: 'Paste a response body, a status object or a resource first.' };
	}
	const { header, body, lineOffset } = splitHttpResponse(text);
	const findings: Finding<E>[] = [];
	let more = 0;
	const found = (role: Role, code: number, path: string, where: string, resource: string | undefined) => {
		if (findings.length >= MAX_FINDINGS) {
			more++;
			return;
		}
		findings.push({ role, code, path, where, resource, ...resolve(byNumber, role, code, resource) });
	};
	if (header !== undefined) found('http', header, 'status line', 'HTTP status, in the response header', undefined);
	if (body.trim() === '') return { ok: true, findings, more };

	let root: unknown;
	try {
		root = JSON.parse(body);
	} catch {
		return explainInvalidJson(body, lineOffset);
	}

	const stack: Visit[] = [{ value: root, path: '$', key: undefined, resource: undefined }];
	while (stack.length > 0) {
		const { value, path, key, resource: inherited } = stack.pop()!;
		const at = (k: string) => (path === '$' ? k : `${path}.${k}`);
		if (isInt(value) && path === '$') {
			const role = roleByValue(value);
			if (role) found(role, value, path, 'the number you pasted', undefined);
			continue;
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				stack.push({ value: value[i], path: `${path}[${i}]`, key: undefined, resource: inherited });
			}
			continue;
		}
		if (!isObject(value)) continue;

		const id = typeof value['resource'] === 'string' ? RESOURCE_ID.exec(value['resource']) : null;
		const resource = id?.[1] ?? inherited;
		const code = value['code'];
		if (key === 'cause') {
			if (isInt(code)) found('error', code, at('code'), 'error code of a nested cause', resource);
		} else if (key === 'status' && isInt(code)) {
			const taskLike = 'error' in value || 'progress' in value || 'elapsed' in value;
			const role = taskLike && isTaskStatus(code) ? 'status' : roleByValue(code);
			const where = {
				status: 'task status of the resource',
				error: 'error code, in the body’s status',
				http: 'HTTP status, in a status object',
			} as const;
			if (role) found(role, code, at('code'), where[role], resource);
		} else if (isInt(code) && (path === '$' || BIGML_KEYS.some((k) => k in value))) {
			const role = 'status' in value && isObject(value['status']) && isHttpStatus(code) ? 'http' : roleByValue(code);
			const where = {
				http: 'HTTP status, in the body',
				status: 'task status',
				error: 'error code',
			} as const;
			if (role) found(role, code, at('code'), where[role], resource);
		}
		if (key === 'status' && isInt(value['error'])) {
			found('error', value['error'], at('error'), 'error code of a faulty resource', resource);
		}
		if (isInt(value['http_status'])) {
			found('http', value['http_status'], at('http_status'), 'HTTP status of a nested cause', resource);
		}
		// Children last-in, first-out: push in reverse so findings come in document order.
		const keys = Object.keys(value);
		for (let i = keys.length - 1; i >= 0; i--) {
			const k = keys[i]!;
			const child = value[k];
			if (typeof child === 'object' && child !== null) {
				stack.push({ value: child, path: at(k), key: k, resource });
			}
		}
	}
	return { ok: true, findings, more };
}
