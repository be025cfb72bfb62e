// Serves the built site (dist/) as a static host would: URLs without their
// trailing slash are redirected to it (links lose it in tickets), and unknown
// URLs get 404.html with status 404. Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync('dist/index.html')) {
	console.error('dist/ has no built site: run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}

/** serve-handler options: the site's URL rules, shared with every static host we document. */
export const serveConfig = {
	public: 'dist',
	trailingSlash: true,
	directoryListing: false,
};

createServer((request, response) => handler(request, response, serveConfig)).listen(port, host, () => {
	console.log(`Serving dist/ on http://localhost:${port}/`);
});
