import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SITE } from '../../src/build/site.ts';
import { attr } from '../support/html.ts';
import { previewsPerCode } from '../../src/utils/preview-cards.ts';
import { catalog } from '../support/catalog.ts';
import { builtPages, DIST } from '../support/built-site.ts';

const PNG_SIGNATURE = '89504e470d0a1a0a';
const pages = new Map(builtPages().map((p) => [p.path, p]));
const meta = (path: string, key: string) =>
	attr(
		pages.get(path)?.doc.first('meta', (m) => attr(m, 'property') === key || attr(m, 'name') === key),
		'content',
	);

/** A PNG's width and height, from its IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	if (bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE || bytes.subarray(12, 16).toString() !== 'IHDR')
		return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every code page is described by what to do, not by its title again', () => {
	const found: string[] = [];
	for (const entry of catalog.entries) {
		const page = pages.get(entry.path);
		const title = page?.doc.text(page.doc.first('title'));
		const description = meta(entry.path, 'description');
		if (!description || description === title || description === entry.text || title?.includes(description))
			found.push(`${entry.path}: "${description}" repeats "${title}"`);
		if (meta(entry.path, 'og:description') !== description) found.push(`${entry.path}: og:description differs`);
	}
	expect(found).toEqual([]);
});

test('every page has a large preview image: an absolute URL to a PNG of the declared size that the build made', () => {
	const found: string[] = [];
	const images = new Map<string, Set<string>>();
	for (const { path } of builtPages()) {
		const url = meta(path, 'og:image');
		if (!url?.startsWith(`${new URL(SITE).origin}/`)) {
			found.push(`${path}: og:image ${url} is not an absolute URL on ${SITE}`);
			continue;
		}
		const file = join(DIST, decodeURIComponent(new URL(url).pathname));
		const size = existsSync(file) ? pngSize(readFileSync(file)) : undefined;
		const declared = { width: Number(meta(path, 'og:image:width')), height: Number(meta(path, 'og:image:height')) };
		if (!size) found.push(`${path}: ${url} is not a PNG the build made`);
		else if (size.width !== declared.width || size.height !== declared.height)
			found.push(`${path}: ${url} is ${size.width}×${size.height}, declared ${declared.width}×${declared.height}`);
		if (meta(path, 'twitter:card') !== 'summary_large_image')
			found.push(`${path}: twitter:card is not summary_large_image`);
		if (!meta(path, 'og:image:alt')) found.push(`${path}: the image has no alt text`);
		images.set(url, new Set([...(images.get(url) ?? []), path]));
	}
	expect(found).toEqual([]);
	// A catalog small enough for one image per code (the real one is) gives no two code pages the same image.
	const codeImages = new Set(catalog.entries.map((e) => meta(e.path, 'og:image')));
	expect(codeImages.size).toBe(previewsPerCode(catalog) ? catalog.entries.length : catalog.groups.length);
});
