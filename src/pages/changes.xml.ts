import type { APIRoute } from 'astro';
import { changeFeed } from '../build/change-feed.ts';
import { catalogDir, catalogVersion } from '../build/catalog-version.ts';
import { getCatalog } from '../build/get-catalog.ts';
import { getChangeLog } from '../build/get-changes.ts';

/** What changed in the catalog, as an Atom feed a support team can subscribe to. */
export const GET: APIRoute = async ({ site }) =>
	new Response(changeFeed(await getChangeLog(), await getCatalog(), site!, catalogVersion(catalogDir()).date), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
