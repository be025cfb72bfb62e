// Serves the built site (dist/) as a static host would: URLs without their
// trailing slash are redirected to it (links lose it in tickets), and unknown
// URLs get 404.html with status 404. Every response carries the headers of
// public/_headers (CSP and the rest), gzipped when the client accepts it. Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import handler from 'serve-handler';
import { readHeaders, toServeHandler } from './headers.mjs';

/**
 * serve-handler options for a built site: the site's URL rules, shared with every static host we document.
 * @param {string} dir The built site.
 */
export const serveConfig = (dir = 'dist') => ({
	public: dir,
	trailingSlash: true,
	directoryListing: false,
	headers: toServeHandler(readHeaders()),
});

/** Files a static host reads as its own configuration and never publishes. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/**
 * serve-handler's `createReadStream` for one response: opens the file, then
 * streams it, and closes it when the response closes.
 *
 * serve-handler's default, `fs.createReadStream`, opens the file later and
 * reports a failure as an `error` event nobody listens to: a file removed
 * between serve-handler finding it and reading it (a test deleting its
 * temporary site) crashed the whole process. Opened first, the failure is a
 * rejected promise that serve-handler answers with a 500. A pipe to a response
 * the client already left never ends its source, so the file is closed on the
 * response's `close` too. (Only serve-handler's `etag` option, off here, wants
 * a stream straight away.)
 * @param {import('node:http').ServerResponse} response
 */
export const openThenStream =
	(response) =>
	/**
	 * @param {string} path
	 * @param {{ start?: number, end?: number }} [options]
	 */
	async (path, options) => {
		const stream = (await open(path)).createReadStream(options);
		response.once('close', () => stream.destroy());
		return stream;
	};

/**
 * Answers a request that failed after serve-handler took it: a 500 if nothing
 * was sent yet, else the connection is cut so the client sees a broken response.
 * @param {import('node:http').ServerResponse} response
 * @param {unknown} error
 */
function fail(response, error) {
	if (response.headersSent) return response.destroy();
	response.statusCode = 500;
	response.setHeader('Content-Type', 'text/plain; charset=utf-8');
	response.end(`The server could not send this file: ${error instanceof Error ? error.message : String(error)}\n`);
}

/**
 * An HTTP server for a built site, not yet listening (the tests serve sites built from test catalogs with it).
 * @param {string} dir The built site.
 * @param {Partial<Record<'lstat' | 'realpath' | 'createReadStream' | 'readdir', Function>>} [methods]
 *   serve-handler's file-system methods to replace (tests use it to change the files under a request).
 */
export function siteServer(dir = 'dist', methods = {}) {
	const config = serveConfig(dir);
	// Gzip as every static host does, so page weights and Lighthouse see what readers get.
	const compress = compression();
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		// An unknown URL, so serve-handler answers with 404.html as it does for any other.
		if (HOST_FILES.has(pathname)) request.url = '/_host-configuration-is-not-published/';
		// A rejection here would otherwise go unhandled, and end the process serving every other request.
		const files = { createReadStream: openThenStream(response), ...methods };
		compress(request, response, () =>
			handler(request, response, config, files).catch((error) => fail(response, error)),
		);
	});
	// Node closes an idle kept-alive socket after 5 s; a client that reuses it at that moment gets ECONNRESET
	// (seen in the tests). Idle sockets stay open longer than any test pauses between requests.
	server.keepAliveTimeout = 65_000;
	return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4321);
	const host = process.env.HOST ?? '127.0.0.1';
	if (!existsSync('dist/index.html')) {
		console.error('dist/ has no built site: run `npm run build` first (or `npm start`, which builds).');
		process.exit(1);
	}
	siteServer('dist').listen(port, host, () => {
		console.log(`Serving dist/ on http://localhost:${port}/`);
	});
}
