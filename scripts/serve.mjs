// Serves the built site (dist/) as a static host would: URLs without their
// trailing slash are redirected to it (links lose it in tickets), and unknown
// URLs get 404.html with status 404. Every response carries the headers of
// public/_headers (CSP and the rest), gzipped when the client accepts it. Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
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
 * An HTTP server for a built site, not yet listening (the tests serve sites built from test catalogs with it).
 * @param {string} dir The built site.
 */
export function siteServer(dir = 'dist') {
	const config = serveConfig(dir);
	// Gzip as every static host does, so page weights and Lighthouse see what readers get.
	const compress = compression();
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		// An unknown URL, so serve-handler answers with 404.html as it does for any other.
		if (HOST_FILES.has(pathname)) request.url = '/_host-configuration-is-not-published/';
		compress(request, response, () => handler(request, response, config));
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
