// Times the decoder on a large paste, in Chromium, as a reader meets it: from
// the press of Decode to the findings shown. Pasting lays the text area out
// once; that cost is the browser's, paid at paste time, so it is left out.

/** A paste of about 1 MB: 4,000 faulty models, as a list call of BigML's API returns them. */
export function largePaste() {
	return JSON.stringify({
		objects: Array.from({ length: 4000 }, (_, i) => ({
			resource: `model/${String(i).padStart(24, '0')}`,
			name: 'x'.repeat(200),
			status: { code: -1, error: -4005, elapsed: 1, message: 'Faulty model' },
		})),
	});
}

/** Issue 7's target: a 1 MB paste decoded without freezing the page. */
export const DECODER_TARGET_MS = 3000;

/**
 * Decodes the large paste `runs` times on the site's decoder page and resolves
 * to the times, in ms, from the press to the summary shown.
 * @param {{ browser: import('playwright-core').Browser, baseURL: string, runs?: number }} options
 */
export async function measureDecoder({ browser, baseURL, runs = 3 }) {
	const input = largePaste();
	const page = await browser.newPage();
	const times = [];
	try {
		await page.goto(new URL('/decode/', baseURL).href, { waitUntil: 'networkidle' });
		const textarea = page.getByLabel('Response, status object or resource (JSON)');
		const decodeButton = page.getByRole('button', { name: 'Decode' });
		const summary = page.locator('[data-results] .result-summary');
		// Loads the catalog first, so the times are the decoding alone.
		await textarea.fill('200');
		await decodeButton.click();
		await summary.filter({ hasText: 'HTTP status 200' }).waitFor();
		for (let i = 0; i < runs; i++) {
			await textarea.evaluate(async (el, value) => {
				el.value = value;
				void el.scrollHeight;
				await new Promise(requestAnimationFrame);
			}, input);
			await summary.evaluate((el) => (el.textContent = ''));
			const started = Date.now();
			await decodeButton.click();
			await summary.filter({ hasText: /^Found \d+ codes/ }).waitFor({ timeout: 60_000 });
			times.push(Date.now() - started);
		}
	} finally {
		await page.close();
	}
	return times;
}
