// The permalink manifest: permalinks.json lists every URL the site has ever
// published, so that a test fails the day one stops being built. Support
// tickets link to these URLs for years; none may disappear.
//   node tools/permalinks.mjs --update   (npm run permalinks:update builds first, then runs this)
// adds the URLs of dist/ that the manifest lacks, and refuses to run while any
// URL of the manifest is missing from dist/: an entry is never removed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOT_PERMALINKS, pathOfFile } from '../src/utils/paths.ts';

/** The committed manifest, at the root of the repository. */
export const MANIFEST = fileURLToPath(new URL('../permalinks.json', import.meta.url));

/**
 * Every URL a built site publishes: a page per `index.html` (by its folder,
 * `/errors/model/`), and every other file (`/catalog.json`, `/sitemap.xml`).
 * @param {string} dir The built site, e.g. `dist`.
 * @returns {string[]} Sorted URL paths.
 */
export function publishedUrls(dir) {
	return listFiles(dir)
		.filter((file) => !NOT_PERMALINKS.some((pattern) => pattern.test(file)))
		.map(pathOfFile)
		.sort();
}

/**
 * Every file under a folder, as paths relative to it with `/` separators.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** @returns {string[]} The URLs of the committed manifest. */
export function readManifest() {
	return JSON.parse(readFileSync(MANIFEST, 'utf8')).urls;
}

/**
 * What to do about URLs of the manifest that a build no longer publishes.
 * @param {string[]} missing
 * @returns {string}
 */
export function restoreAdvice(missing) {
	return (
		`${missing.length} published URL${missing.length === 1 ? ' is' : 's are'} no longer built:\n` +
		missing.map((url) => `  ${url}`).join('\n') +
		'\nPeople have these links in tickets and bookmarks; bring each back rather than deleting it from permalinks.json:\n' +
		'  - a code BigML.io dropped: put its entry back in data/ with `retired: <date>` (and `replacedBy: group/number`);\n' +
		"  - a renamed group: add the old slug to the group's `formerSlugs`, which keeps its old URLs as redirects;\n" +
		'  - another page or file: restore it, or make its old path a redirect page to the new one.'
	);
}

/**
 * Adds the URLs of a built site to the manifest; fails, changing nothing, if a manifest URL is missing.
 * @param {string} dir
 */
function update(dir) {
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`${dir}/ has no built site: run \`npm run permalinks:update\`, which builds first.`);
		process.exit(1);
	}
	const built = publishedUrls(dir);
	const known = existsSync(MANIFEST) ? readManifest() : [];
	const builtSet = new Set(built);
	const missing = known.filter((url) => !builtSet.has(url));
	if (missing.length > 0) {
		console.error(restoreAdvice(missing));
		process.exit(1);
	}
	const knownSet = new Set(known);
	const added = built.filter((url) => !knownSet.has(url));
	const manifest = {
		$comment:
			'Every URL the site has published. Never remove one: `npm run permalinks:update` adds new ones (see CONTRIBUTING.md).',
		urls: [...new Set([...known, ...built])].sort(),
	};
	writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
	console.log(
		`permalinks.json: ${manifest.urls.length} URLs, ${added.length} added${added.length ? `:\n  ${added.join('\n  ')}` : ''}`,
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (!process.argv.includes('--update')) {
		console.error(
			'Usage: node tools/permalinks.mjs --update [DIR]  (adds the URLs of DIR, default dist, to permalinks.json)',
		);
		process.exit(2);
	}
	update(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist');
}
