import { pythonToJson } from './python-repr.ts';
import { resourcesOf, settle } from './search/settle.ts';

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
	/** BigML.io's text: a message quoted in the paste can settle which of several entries it is. */
	text: string;
	group: { slug: string; type: 'http' | 'status' | 'general' | 'family'; resource?: string | undefined };
}

/**
 * Where in a response a number sat, which says how specific it is: the
 * error code of a faulty resource says why it failed, an error body's code
 * why the request failed, a nested cause why a script's inner request did;
 * a task status says how far a resource got, an HTTP status how the request went.
 */
export type Position =
	'resource-error' | 'body-error' | 'cause-error' | 'task-status' | 'http-status' | 'cause-http-status' | 'bare';

/** One code found in the input. */
export interface Finding<E extends DecodableEntry> {
	role: Role;
	code: number;
	/** Where in the JSON the number sits, e.g. `object.status.error` (`$` for the whole input); several for one HTTP status said twice. */
	path: string;
	/** What that position means, in words. */
	where: string;
	/** What kind of position it is, for ranking findings most specific first. */
	position: Position;
	/** The `message` beside the number (`status.message`), which can settle a number several groups share. */
	message?: string | undefined;
	/** The catalog entry, when the role and the resource in scope single one out. */
	entry?: E | undefined;
	/** Every entry the number could be when nothing singles one out (a number shared by several families). */
	candidates: E[];
	/** The resource type of the id in scope (`model` from `"resource": "model/5af…"`), if any. */
	resource?: string | undefined;
}

/** A finding before the catalog is consulted: what the paste alone says. */
export type RawFinding = Omit<Finding<never>, 'entry' | 'candidates'>;

/** Why an input could not be read. */
export type DecodeFailure =
	| { ok: false; reason: 'empty'; message: string }
	| { ok: false; reason: 'invalid-json'; message: string; line?: number; column?: number };

/** What the paste alone says: its findings before any catalog lookup. */
export type ExtractResult =
	| {
			ok: true;
			findings: RawFinding[];
			/** How many findings were left out past {@link MAX_FINDINGS}. */
			more: number;
	  }
	| DecodeFailure;

/** What the decoder makes of an input. */
export type DecodeResult<E extends DecodableEntry> =
	| {
			ok: true;
			findings: Finding<E>[];
			/** How many findings were left out past {@link MAX_FINDINGS}. */
			more: number;
	  }
	| DecodeFailure;

/** Findings beyond this many are counted, not listed: a page of thousands of codes helps nobody. */
export const MAX_FINDINGS = 100;

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

/** Says why a body is not JSON, and where when it can: `explainInvalidJson` (decode-explain.ts) names line and column. */
export type Explainer = (body: string, lineOffset: number) => DecodeFailure;

/** The hint for a paste that looks like Python's printed dict but does not parse: cut short, or holding more than literals. */
export const pythonHint = (body: string) =>
	/\bNone\b|\bTrue\b|\bFalse\b|'[^']*'\s*:/.test(body)
		? ' It looks like a Python dict, but not a whole one: paste all of it, or print it with json.dumps(...) and paste that.'
		: '';

/**
 * The plain explanation, without a place: the search box only needs to know a
 * paste is not a response yet, and stays light without a JSON error parser.
 */
const notJson: Explainer = (body) => ({
	ok: false,
	reason: 'invalid-json',
	message: `This is not valid JSON.${pythonHint(body)}`,
});

/** `HTTP/1.1 400 Bad Request`, `HTTP/2 429` at the start of a paste. */
export const STATUS_LINE = /^HTTP\/[\d.]+\s+(\d{3})\b/;

/**
 * Splits an HTTP response pasted with its headers (`curl -i`) into the status
 * line's code and the body. Pasted into a one-line field, the lines run
 * together: the body then starts at the first `{` or `[`.
 */
function splitHttpResponse(text: string): { header?: number; body: string; lineOffset: number } {
	const statusLine = STATUS_LINE.exec(text);
	if (!statusLine) return { body: text, lineOffset: 0 };
	const header = Number(statusLine[1]);
	const blank = /\r?\n\r?\n/.exec(text);
	if (blank) {
		const lineOffset = text.slice(0, blank.index + blank[0].length).split('\n').length - 1;
		return { header, body: text.slice(blank.index + blank[0].length), lineOffset };
	}
	const start = text.search(/[{[]/);
	if (start === -1) return { header, body: '', lineOffset: 0 };
	return { header, body: text.slice(start), lineOffset: text.slice(0, start).split('\n').length - 1 };
}

/** Reads a body as JSON, or as the Python dict the bindings print (`{'code': 400, 'error': None}`). */
function parseBody(body: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		const json = pythonToJson(body);
		if (json === undefined) return { ok: false };
		try {
			return { ok: true, value: JSON.parse(json) };
		} catch {
			return { ok: false };
		}
	}
}

interface Visit {
	value: unknown;
	path: string;
	/** The key this value sits under in its parent object. */
	key: string | undefined;
	resource: string | undefined;
}

/** The resource type an object names, by its `resource` id or, in an error's status, an id in `extra`. */
function resourceNamed(value: Record<string, unknown>): string | undefined {
	const ids = [value['resource'], ...(Array.isArray(value['extra']) ? value['extra'] : [value['extra']])];
	for (const id of ids) if (typeof id === 'string') return resourcesOf(id)[0];
	return undefined;
}

/** What each position is called on the page. */
const WHERE: Record<Position, string> = {
	'resource-error': 'error code of a faulty resource',
	'body-error': 'error code, in the body’s status',
	'cause-error': 'error code of a nested cause',
	'task-status': 'task status of the resource',
	'http-status': 'HTTP status',
	'cause-http-status': 'HTTP status of a nested cause',
	bare: 'the number you pasted',
};

/**
 * Reads every code a pasted input holds, without a catalog: an error body
 * (`{"code": 400, "status": {"code": -1201, …}}`), a status object, a whole
 * resource, a Python-bindings wrapper or its printed dict, an HTTP response
 * with its headers, or a bare number. One HTTP status said twice (the status
 * line and the body) is one finding. Walks the JSON without recursion, so
 * deep or large pastes (1 MB) neither overflow nor freeze.
 */
export function extract(input: string, explain: Explainer = notJson): ExtractResult {
	const text = input.trim();
	if (text === '') {
		return { ok: false, reason: 'empty', message: 'Paste a response body, a status object or a resource first.' };
	}
	const { header, body, lineOffset } = splitHttpResponse(text);
	const findings: RawFinding[] = [];
	let more = 0;
	const found = (
		role: Role,
		code: number,
		path: string,
		position: Position,
		resource: string | undefined,
		message?: unknown,
		where = WHERE[position],
	) => {
		// The HTTP status of the response, said by the status line and again by the body, is one status.
		const same = position === 'http-status' && findings.find((f) => f.position === 'http-status' && f.code === code);
		if (same) {
			same.path = `${same.path}, ${path}`;
			same.where = 'HTTP status, in the status line and the body';
			return;
		}
		if (findings.length >= MAX_FINDINGS) {
			more++;
			return;
		}
		findings.push({
			role,
			code,
			path,
			where,
			position,
			resource,
			...(typeof message === 'string' && message && { message }),
		});
	};
	if (header !== undefined)
		found('http', header, 'status line', 'http-status', undefined, undefined, 'HTTP status, in the response header');
	if (body.trim() === '') return { ok: true, findings, more };

	const parsed = parseBody(body);
	if (!parsed.ok) return explain(body, lineOffset);

	const stack: Visit[] = [{ value: parsed.value, path: '$', key: undefined, resource: undefined }];
	while (stack.length > 0) {
		const { value, path, key, resource: inherited } = stack.pop()!;
		const at = (k: string) => (path === '$' ? k : `${path}.${k}`);
		if (isInt(value) && path === '$') {
			const role = roleByValue(value);
			if (role) found(role, value, path, 'bare', undefined);
			continue;
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				stack.push({ value: value[i], path: `${path}[${i}]`, key: undefined, resource: inherited });
			}
			continue;
		}
		if (!isObject(value)) continue;

		const resource = resourceNamed(value) ?? inherited;
		const code = value['code'];
		const message = value['message'];
		if (key === 'cause') {
			if (isInt(code)) found('error', code, at('code'), 'cause-error', resource, message);
		} else if (key === 'status' && isInt(code)) {
			const taskLike = 'error' in value || 'progress' in value || 'elapsed' in value;
			const role = taskLike && isTaskStatus(code) ? 'status' : roleByValue(code);
			const position = ({ status: 'task-status', error: 'body-error', http: 'http-status' } as const)[role ?? 'http'];
			if (role)
				found(
					role,
					code,
					at('code'),
					position,
					resource,
					message,
					role === 'http' ? 'HTTP status, in a status object' : undefined,
				);
		} else if (isInt(code) && (path === '$' || BIGML_KEYS.some((k) => k in value))) {
			const role = 'status' in value && isObject(value['status']) && isHttpStatus(code) ? 'http' : roleByValue(code);
			const position = ({ status: 'task-status', error: 'body-error', http: 'http-status' } as const)[role ?? 'http'];
			const where = { http: 'HTTP status, in the body', status: 'task status', error: 'error code' } as const;
			if (role) found(role, code, at('code'), position, resource, message, where[role]);
		}
		if (key === 'status' && isInt(value['error'])) {
			found('error', value['error'], at('error'), 'resource-error', resource, message);
		}
		if (isInt(value['http_status'])) {
			found('http', value['http_status'], at('http_status'), 'cause-http-status', resource);
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

/** The groups each role's numbers belong to. */
const TYPES_OF_ROLE: Record<Role, readonly string[]> = {
	error: ['general', 'family'],
	http: ['http'],
	status: ['status'],
};

/**
 * Looks each finding up: the entries its number has in groups of its role,
 * and the one entry the resource in scope or the message beside it settles
 * (see `settle`). `lookup` answers from whatever holds the entries: the whole
 * catalog on `/decode/`, the exact index's shards in the search box.
 */
export function resolveFindings<E extends DecodableEntry>(
	findings: readonly RawFinding[],
	lookup: (code: number) => readonly E[],
): Finding<E>[] {
	return findings.map((f) => {
		const candidates = lookup(f.code).filter((e) => TYPES_OF_ROLE[f.role].includes(e.group.type));
		const entry = settle(candidates, { resources: f.resource ? [f.resource] : [], text: f.message }, (e) => ({
			slug: e.group.slug,
			resource: e.group.resource,
			text: e.text,
		}));
		return { ...f, entry, candidates };
	});
}

/** Decodes a pasted input against a catalog indexed by number: `extract`, then `resolveFindings`. */
export function decode<E extends DecodableEntry>(
	input: string,
	byNumber: ReadonlyMap<number, E[]>,
	explain: Explainer = notJson,
): DecodeResult<E> {
	const result = extract(input, explain);
	if (!result.ok) return result;
	return {
		ok: true,
		findings: resolveFindings(result.findings, (code) => byNumber.get(code) ?? []),
		more: result.more,
	};
}
