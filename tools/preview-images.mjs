// Draws the preview images (og:image) of a built site from the catalog: one
// for the site, one per group, and one per code while the catalog has at most
// PER_CODE_PREVIEW_LIMIT codes (src/utils/preview-cards.ts says why). Each
// image takes about 45 ms of CPU, so they are shared out among worker threads,
// one per core.
//   node tools/preview-images.mjs [--site dist]      (CATALOG_DIR=… for another catalog)
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readCatalog } from '../src/build/catalog-fs.ts';
import { buildCatalog } from '../src/utils/catalog.ts';
import { previewImages } from '../src/utils/preview-cards.ts';

/**
 * Writes every preview image of a catalog into a built site.
 * @param {string} site the built site
 * @param {string} catalogDir the catalog folder
 * @returns {Promise<number>} how many images were written
 */
export async function writePreviewImages(site, catalogDir) {
	const images = previewImages(buildCatalog(readCatalog(catalogDir))).map(({ path, card }) => ({
		file: join(site, path),
		card,
	}));
	for (const dir of new Set(images.map((image) => dirname(image.file)))) mkdirSync(dir, { recursive: true });
	const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(images.length / 50)));
	// Every nth image to worker n: neighbours are alike in cost, so each worker gets a fair share.
	const shares = Array.from({ length: workers }, (_, n) => images.filter((_, i) => i % workers === n));
	await Promise.all(
		shares.map(
			(share) =>
				new Promise((resolve, reject) => {
					const worker = new Worker(new URL('./lib/preview-worker.mjs', import.meta.url), { workerData: share });
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.once('exit', (code) => code !== 0 && reject(new Error(`a preview worker exited with code ${code}`)));
				}),
		),
	);
	return images.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
	const started = performance.now();
	const count = await writePreviewImages(values.site, process.env['CATALOG_DIR'] ?? 'data');
	console.log(`Drew ${count} preview images in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
