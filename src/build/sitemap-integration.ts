import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { fileOfPath, SITEMAP_PATH } from '../utils/paths.ts';

/** The `<link rel="canonical">` and `<meta name="robots">` of a built page, as BaseLayout writes them. */
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

/** Escapes a URL for an XML text node. */
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Writes `sitemap.xml` from the built pages themselves: every page that
 * search engines may index, by the canonical URL it declares. Redirect stubs
 * (`noindex`) stay out, and a page added by any route is in without listing it
 * here, so the sitemap and the canonical links cannot disagree.
 */
export function sitemap(): AstroIntegration {
	return {
		name: 'bigml-sitemap',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const urls = new Set<string>();
				for (const { pathname } of pages) {
					const file = new URL(fileOfPath(pathname), dir);
					const html = await readFile(file, 'utf8').catch(() => '');
					const canonical = CANONICAL.exec(html)?.[1];
					if (canonical && !NOINDEX.test(html)) urls.add(canonical.replace(/&amp;/g, '&'));
				}
				const body = [...urls]
					.sort()
					.map((url) => `  <url><loc>${xml(url)}</loc></url>`)
					.join('\n');
				await writeFile(
					new URL(fileOfPath(SITEMAP_PATH), dir),
					`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
				);
				logger.info(`sitemap.xml lists ${urls.size} pages`);
			},
		},
	};
}
