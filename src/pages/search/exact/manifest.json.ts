import type { APIRoute } from 'astro';
import { getCatalog } from '../../../build/get-catalog.ts';
import { getGuidance } from '../../../build/get-guidance.ts';
import { buildExactIndex } from '../../../utils/search/exact-index.ts';

/** `/search/exact/manifest.json`: the groups, their ranges, each kind's guidance in short and the list of shards; read once per visit. */
export const GET: APIRoute = async () =>
	Response.json(buildExactIndex(await getCatalog(), await getGuidance()).manifest);
