import type { ConsoleMessage, Request, Response } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { representativePages } from '../support/built-site.ts';

for (const { type, path } of representativePages()) {
	test(`${path} (${type}) loads and runs its scripts with no CSP violation, error or outside request`, async ({
		sweep: page,
		baseURL,
	}) => {
		const problems: string[] = [];
		// Failed loads are reported by `onResponse`, which can tell the 404 page itself from a missing file.
		const onConsole = (m: ConsoleMessage) =>
			m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`);
		const onResponse = (r: Response) =>
			r.status() >= 400 && r.request().resourceType() !== 'document' && problems.push(`${r.status()}: ${r.url()}`);
		const onError = (e: Error) => problems.push(`page error: ${e.message}`);
		const onRequest = (r: Request) =>
			!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && problems.push(`request: ${r.url()}`);
		page.on('console', onConsole);
		page.on('pageerror', onError);
		page.on('request', onRequest);
		page.on('response', onResponse);
		try {
			await page.goto(path);
			// Every button the scripts reveal is pressed, so their code runs under the policy too.
			for (const button of await page.getByRole('button').all()) await button.click();
		} finally {
			page.off('console', onConsole);
			page.off('pageerror', onError);
			page.off('request', onRequest);
			page.off('response', onResponse);
		}
		expect(problems).toEqual([]);
	});
}

test('the policy is enforced: an injected inline script and style attribute are refused', async ({ sweep: page }) => {
	await page.goto('/');
	const outcome = await page.evaluate(async () => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
		const probe = document.createElement('p');
		probe.setAttribute('style', 'color: rgb(1, 2, 3)');
		document.body.append(probe);
		await new Promise((resolve) => setTimeout(resolve, 100));
		return {
			ran: 'injected' in window,
			styled: getComputedStyle(probe).color === 'rgb(1, 2, 3)',
			violations: [...new Set(violations)].sort(),
		};
	});
	expect(outcome).toEqual({ ran: false, styled: false, violations: ['script-src-elem', 'style-src-attr'] });
});
