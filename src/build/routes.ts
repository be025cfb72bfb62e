import type { CatalogEntry, CatalogGroup, CatalogRedirect } from '../utils/catalog.ts';
import { getCatalog } from './get-catalog.ts';
import { toRouteParam as toParam } from '../utils/paths.ts';

/** What a catalog URL shows: a group's table, one code's page, or a redirect from a renamed group's old URL. */
export type CatalogRoute =
	| { kind: 'group'; group: CatalogGroup }
	| { kind: 'code'; entry: CatalogEntry }
	| { kind: 'redirect'; redirect: CatalogRedirect };

/** Every group and code page, and every old URL of a renamed group, as `getStaticPaths` wants them. */
export async function getCatalogRoutes() {
	const { groups, redirects } = await getCatalog();
	const moved = redirects.map((redirect) => ({
		params: { slug: toParam(redirect.path) },
		props: { kind: 'redirect', redirect } as CatalogRoute,
	}));
	return groups
		.flatMap((group) => [
			{ params: { slug: toParam(group.path) }, props: { kind: 'group', group } as CatalogRoute },
			...group.entries.map((entry) => ({
				params: { slug: toParam(entry.path) },
				props: { kind: 'code', entry } as CatalogRoute,
			})),
		])
		.concat(moved);
}

/** Every `/codes/<number>/` lookup, with the entries that carry the number. */
export async function getLookupRoutes() {
	const { byNumber } = await getCatalog();
	return [...byNumber].map(([code, entries]) => ({ params: { number: String(code) }, props: { code, entries } }));
}
