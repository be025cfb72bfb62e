import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { typeOfKind, type Kind } from '../../src/schemas/kind.ts';

/**
 * A small stand-in for BigML.io on 127.0.0.1, answering with the shapes
 * BigML's bindings were seen to receive (the research notes on the bindings):
 * a resource is `{resource, status: {code, message, error?}}`, a refusal is
 * `{code, status: {code, message, extra?}}` with the HTTP status, a faulty
 * resource carries its error code in `status.error`.
 */

/** One answer: an HTTP status and a JSON body (or a string, sent as HTML). */
export interface Reply {
	status: number;
	body: unknown;
}

/** What the mock answers, by method and resource type (`GET model`); the last answer of a list repeats. */
export type Script = Record<string, Reply[]>;

/** A request the mock received. */
export interface Received {
	method: string;
	type: string;
}

/** The ids the recipes use; the mock answers any id of a type the same way. */
const MODEL = 'model/5af06df94e17277501000010';
const DATASET = 'dataset/5af06df94e17277501000011';

const resource = (id: string, code: number, extra: Record<string, unknown> = {}): Reply => ({
	status: 200,
	body: { resource: id, status: { code, message: `status ${code}`, progress: code === 5 ? 1 : 0.5, ...extra } },
});
const refusal = (http: number, code: number, message: string): Reply => ({
	status: http,
	body: { code: http, status: { code, message, extra: ['from the mock'] } },
});

/** The calm answers: finished resources, a create accepted, a delete done. Each scenario changes one request. */
const CALM: Script = {
	'GET dataset': [resource(DATASET, 5)],
	'GET model': [resource(MODEL, 5)],
	'POST model': [{ status: 201, body: { resource: MODEL, status: { code: 1, message: 'queued' } } }],
	'DELETE model': [{ status: 204, body: '' }],
};

/** Kinds BigML.io sends as task statuses of the resource a recipe waits for. */
const ON_THE_RESOURCE: readonly Kind[] = ['http-success', 'http-created', 'faulty'];
/** Kinds that answer who may read what: BigML.io refuses every request of such a caller. */
const ON_ACCESS: readonly Kind[] = [
	'http-unauthorized',
	'http-forbidden',
	'http-not-found',
	'general-unauthorized',
	'cannot-retrieve',
];
/** Kinds that say one request should wait: the first try is refused, the next one works. */
const TEMPORARY: readonly Kind[] = [
	'http-rate-limited',
	'http-payment-required',
	'http-server-error',
	'http-unavailable',
	'not-ready',
	'unreadable',
	'cannot-create-now',
	'general-limit',
];

/**
 * What BigML.io sends for a code of a kind, on the request that gets it.
 * `code` is the code itself: an HTTP status for HTTP kinds, a task status for
 * status kinds, an error code otherwise. Which HTTP status carries an error
 * code is not documented; the mock sends 400, as the site's anatomy page shows.
 */
export function scenarioFor(kind: Kind, code: number, text: string): Script {
	const type = typeOfKind(kind);
	const http = type === 'http' ? code : 400;
	if (type === 'status' || ON_THE_RESOURCE.includes(kind)) {
		if (kind === 'faulty' || kind === 'status-faulty') {
			// A task status of -1 carries an error code: the one of the page, or the example BigML's Python docs show.
			const error = kind === 'faulty' ? code : -2020;
			return { ...CALM, 'GET model': [resource(MODEL, 3), resource(MODEL, -1, { error, message: text })] };
		}
		const status = type === 'status' ? code : kind === 'http-created' ? 1 : 3;
		// A status that is final stays; any other one moves on to 5 (Finished), except the two that never move.
		const after = status === 5 || status === -2 || status === -3 ? [] : [resource(MODEL, 5)];
		return { ...CALM, 'GET model': [resource(MODEL, status), ...after] };
	}
	const refused = refusal(http, code, text);
	if (ON_ACCESS.includes(kind)) {
		return Object.fromEntries(Object.keys(CALM).map((key) => [key, [refused]]));
	}
	if (kind === 'cannot-delete')
		return { ...CALM, 'GET model': [resource(MODEL, 3), resource(MODEL, 5)], 'DELETE model': [refused] };
	if (TEMPORARY.includes(kind)) return { ...CALM, 'POST model': [refused, ...CALM['POST model']!] };
	return { ...CALM, 'POST model': [refused] };
}

/** A running mock: where it listens, what it received, and how to stop it. */
export interface Mock {
	port: number;
	received: Received[];
	close(): Promise<void>;
}

/** Starts the mock on a free port of 127.0.0.1 with a script. */
export function startMock(script: Script): Promise<Mock> {
	const received: Received[] = [];
	const served = new Map<string, number>();
	const server: Server = createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			// /andromeda/<type>[/<id>]?username=…
			const type = (req.url ?? '').split('?')[0]!.split('/')[2] ?? '';
			const key = `${req.method} ${type}`;
			received.push({ method: req.method ?? '', type });
			const replies = script[key];
			const index = served.get(key) ?? 0;
			served.set(key, index + 1);
			const reply = replies?.[Math.min(index, replies.length - 1)] ?? refusal(404, -1201, `the mock has no ${key}`);
			const html = typeof reply.body === 'string';
			res.writeHead(reply.status, { 'content-type': html ? 'text/html' : 'application/json' });
			res.end(html ? (reply.body as string) : JSON.stringify(reply.body));
		});
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			resolve({
				port: (server.address() as AddressInfo).port,
				received,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
