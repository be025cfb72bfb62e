import type { CatalogEntry, CatalogGroup, CatalogRedirect } from '../utils/catalog.ts';
import { getCatalog } from './get-catalog.ts';
import { getNotCodes } from './get-not-codes.ts';
import type { NotCode } from '../schemas/not-code.ts';
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

/** What a `/codes/<number>/` lookup shows: the codes that carry the number, or why a number no code has is not one. */
export type LookupRoute =
	{ code: number; entries: CatalogEntry[]; notCode?: never } | { code: number; entries: []; notCode: NotCode };

/**
 * Every `/codes/<number>/` lookup: each number of the catalog, with the
 * entries that carry it, and each number that only looks like a code (the
 * iOS and macOS SDKs' own errors), with why it is not one.
 */
export async function getLookupRoutes() {
	const { byNumber } = await getCatalog();
	const notCodes = (await getNotCodes()).filter((n) => !byNumber.has(n.number));
	return [
		...[...byNumber].map(([code, entries]) => ({
			params: { number: String(code) },
			props: { code, entries } as LookupRoute,
		})),
		...notCodes.map((notCode) => ({
			params: { number: String(notCode.number) },
			props: { code: notCode.number, entries: [], notCode } as LookupRoute,
		})),
	];
}
