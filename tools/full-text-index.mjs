// Builds the full-text index of a built site with Pagefind, split into parts of
// at most PAGES_PER_PART code pages, whole groups at a time. Pagefind keeps one
// list of every page it indexed (its pf_meta file), which a first search
// downloads whole: at 20,000 codes one index made that list 114 KB. Each part is
// a Pagefind bundle of its own; the browser merges them (mergeIndex), listed in
// <outDir>/pagefind/parts.json. The real catalog fits in one part.
//   node tools/full-text-index.mjs [--site dist]
// SEARCH_PAGES_PER_PART sets a smaller part size, so tests split the real catalog.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { fileOfPath, PAGEFIND_DIR, PAGEFIND_PARTS_PATH } from '../src/utils/paths.ts';

/** Pages per part: about 30 KB of page list each, under the 50 KB any one search download may weigh. */
export const PAGES_PER_PART = 5000;

/** Pagefind indexes only pages marked with this attribute (the code pages). */
const BODY = 'data-pagefind-body';

/**
 * The folders that hold indexed pages, each with how many: a code page is
 * `<group folder>/<number>/index.html`, so its group folder is two levels up.
 * @param {string} site the built site
 */
export function indexedFolders(site) {
	const counts = new Map();
	for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const file = join(entry.parentPath, entry.name);
		if (!readFileSync(file, 'utf8').includes(BODY)) continue;
		const folder = dirname(dirname(relative(site, file)))
			.split(sep)
			.join('/');
		counts.set(folder, (counts.get(folder) ?? 0) + 1);
	}
	return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([folder, pages]) => ({ folder, pages }));
}

/**
 * Packs folders, in order, into parts of at most `limit` pages (a folder larger
 * than the limit gets a part of its own).
 * @param {{ folder: string, pages: number }[]} folders
 * @param {number} limit
 */
export function packParts(folders, limit = PAGES_PER_PART) {
	const parts = [];
	for (const folder of folders) {
		const last = parts.at(-1);
		if (last && last.pages + folder.pages <= limit) {
			last.folders.push(folder.folder);
			last.pages += folder.pages;
		} else parts.push({ folders: [folder.folder], pages: folder.pages });
	}
	return parts;
}

/** The bundle path of part `i`: the first is Pagefind's usual `/pagefind/`, the others sit inside it. */
const bundlePath = (i) => `${PAGEFIND_DIR.slice(1)}${i === 0 ? '' : `part-${i + 1}/`}`;

/**
 * Indexes the site's code pages into one Pagefind bundle per part, and lists the extra bundles.
 * @param {string} site the built site
 */
export async function buildSearchIndex(site) {
	const parts = packParts(indexedFolders(site), Number(process.env.SEARCH_PAGES_PER_PART) || PAGES_PER_PART);
	if (parts.length === 0) throw new Error(`${site} has no page marked ${BODY}: was the site built?`);
	try {
		// The first part is written first: Pagefind empties a bundle folder it writes, and the others live inside it.
		for (const [i, part] of parts.entries()) {
			const { index, errors } = await pagefind.createIndex({});
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			const glob = `{${part.folders.join(',')}}/*/index.html`;
			const added = await index.addDirectory({ path: site, glob });
			if (added.errors.length) throw new Error(`Pagefind could not index ${glob}: ${added.errors.join('; ')}`);
			if (added.page_count !== part.pages)
				throw new Error(`Pagefind indexed ${added.page_count} pages of ${glob}, not the ${part.pages} marked ${BODY}.`);
			const written = await index.writeFiles({ outputPath: join(site, bundlePath(i)) });
			if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
			console.log(`Indexed ${part.pages} pages into /${bundlePath(i)}`);
		}
	} finally {
		await pagefind.close();
	}
	const extra = parts.slice(1).map((_, i) => `/${bundlePath(i + 1)}`);
	writeFileSync(join(site, fileOfPath(PAGEFIND_PARTS_PATH)), JSON.stringify(extra));
	return parts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
	await buildSearchIndex(values.site);
}
