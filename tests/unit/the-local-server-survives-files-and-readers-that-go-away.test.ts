import { lstat } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { siteServer } from '../../tools/serve.mjs';

/**
 * The tests serve temporary sites from inside Playwright's workers and delete
 * them afterwards; a request still in flight then found its file gone. The
 * server answered by crashing the worker with an unhandled ENOENT (seen in CI
 * as "1 error was not a part of any test"). The file-system methods are
 * wrapped so the file vanishes exactly between serve-handler finding it and
 * opening it.
 */
const site = mkdtempSync(join(tmpdir(), 'vanishing-site-'));
mkdirSync(join(site, 'search'));
writeFileSync(join(site, 'search', 'manifest.json'), '{}');
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
// Large enough that the client leaves long before it is sent.
writeFileSync(join(site, 'large.bin'), Buffer.alloc(32 * 1024 * 1024));
/** The files this process holds open (Linux). */
const openFiles = () =>
	readdirSync('/proc/self/fd').flatMap((fd) => {
		try {
			return [readlinkSync(`/proc/self/fd/${fd}`)];
		} catch {
			return [];
		}
	});

const server = siteServer(site, {
	lstat: async (path: string) => {
		const stats = await lstat(path);
		if (path.endsWith('manifest.json')) rmSync(path);
		return stats;
	},
});
let origin = '';
beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise((resolve) => {
		server.close(resolve);
		server.closeAllConnections();
	});
	rmSync(site, { recursive: true, force: true });
});

test('a file removed after it was found is answered with a 500, and the server goes on serving', async () => {
	const gone = await fetch(`${origin}/search/manifest.json`);
	expect(gone.status).toBe(500);
	const home = await fetch(`${origin}/`);
	expect(home.status).toBe(200);
	expect(await home.text()).toContain('<title>Home</title>');
});

test('a file whose reader left halfway is closed, not left open until garbage collection', async () => {
	await new Promise<void>((resolve, reject) => {
		const request = get(`${origin}/large.bin`, { headers: { 'accept-encoding': 'identity' } }, (response) => {
			response.once('data', () => {
				request.destroy();
				resolve();
			});
		});
		request.on('error', reject);
	});
	await expect.poll(() => openFiles().filter((f) => f.endsWith('large.bin')), { timeout: 5_000 }).toEqual([]);
});
