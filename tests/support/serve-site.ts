import type { AddressInfo } from 'node:net';
import { siteServer } from '../../tools/serve.mjs';
import { buildSite, type SiteBuild } from './build-site.ts';

/** A site built from a test catalog and served like the real one, headers included. */
export interface FixtureSite extends ServedSite {
	build: SiteBuild;
}

/** A built site served like the real one, headers included, on a free port. */
export interface ServedSite {
	/** The origin it is served on, e.g. `http://127.0.0.1:40123`. */
	origin: string;
	close(): Promise<void>;
}

/** Serves a built site folder on a free port. */
export async function serveSite(dir: string): Promise<ServedSite> {
	const server = siteServer(dir);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// Kept-alive browser connections would hold the server open for their whole idle timeout.
				server.closeAllConnections();
			}),
	};
}

/** Builds a catalog folder with the real build into a temporary folder and serves it on a free port. */
export async function serveFixtureSite(catalogDir: string): Promise<FixtureSite> {
	const build = await buildSite(catalogDir);
	if (build.status !== 0) throw new Error(`The fixture catalog ${catalogDir} did not build:\n${build.output}`);
	return { build, ...(await serveSite(build.outDir)) };
}

/**
 * Requests paths from a served site, a few dozen at a time (hundreds at once
 * stall a 2-core machine), without following redirects, and resolves to each
 * path with its response (body read as text).
 */
export async function fetchAll(
	origin: string,
	paths: readonly string[],
): Promise<{ path: string; response: Response; body: string }[]> {
	const answered: { path: string; response: Response; body: string }[] = [];
	for (let i = 0; i < paths.length; i += 40) {
		answered.push(
			...(await Promise.all(
				paths.slice(i, i + 40).map(async (path) => {
					const response = await fetch(new URL(path, origin), { redirect: 'manual' });
					return { path, response, body: await response.text() };
				}),
			)),
		);
	}
	return answered;
}
