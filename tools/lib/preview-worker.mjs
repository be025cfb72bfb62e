// One worker of tools/preview-images.mjs: draws its share of the preview images and writes them.
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { renderPreview } from '../../src/build/preview-image.ts';

for (const { file, card } of workerData) writeFileSync(file, await renderPreview(card));
parentPort?.postMessage('done');
