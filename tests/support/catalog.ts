import { buildCatalog, type CatalogEntry } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { SITE } from '../../src/build/site.ts';

/** The catalog the site was built from: test lists are generated from it, never typed by hand. */
export const catalog = buildCatalog(readCatalog(process.env['CATALOG_DIR'] ?? 'data'));

/** The guidance for every kind, as the site shows it. */
export const guidance = readGuidance(GUIDANCE_DIR);

/** The absolute permanent URL of a path, as the site publishes it. */
export const permalink = (path: string) => new URL(path, SITE).href;

/** One entry of each kind of group (HTTP, status, general, family), plus every entry whose number is shared. */
export const representativeEntries: CatalogEntry[] = [
	...new Map(catalog.entries.map((e) => [e.group.type, e])).values(),
	...catalog.entries.filter((e) => (catalog.byNumber.get(e.code)?.length ?? 0) > 1),
];

/** Strips the trailing slash a pasted link often loses. */
export const withoutSlash = (path: string) => path.replace(/\/$/, '');
