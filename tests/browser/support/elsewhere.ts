import { test as base } from '@playwright/test';
import { LOCAL_ORIGIN } from '../../../src/build/site.ts';
import { DIST } from '../../support/built-site.ts';
import { serveSite, type ServedSite } from '../../support/serve-site.ts';

/**
 * `test` with `elsewhere`: the built site served at another origin than the
 * one it was built for (a free port on 127.0.0.1, not localhost:4321), as a
 * preview deploy or a mirror serves it. One server per worker.
 */
export const test = base.extend<object, { elsewhere: ServedSite }>({
	elsewhere: [
		async ({}, use) => {
			const served = await serveSite(DIST);
			if (served.origin === LOCAL_ORIGIN) throw new Error('the test server must not share the build origin');
			await use(served);
			await served.close();
		},
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';

/** Everything on the clipboard, by type, as a pasting application reads it. */
export async function clipboardTypes(page: import('@playwright/test').Page): Promise<Record<string, string>> {
	return page.evaluate(async () => {
		const types: Record<string, string> = {};
		for (const item of await navigator.clipboard.read()) {
			for (const type of item.types) types[type] = await (await item.getType(type)).text();
		}
		return types;
	});
}
