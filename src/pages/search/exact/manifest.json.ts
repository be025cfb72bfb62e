import type { APIRoute } from 'astro';
import { getCatalog } from '../../../build/get-catalog.ts';
import { getGuidance } from '../../../build/get-guidance.ts';
import { getNotCodes } from '../../../build/get-not-codes.ts';
import { buildExactIndex } from '../../../utils/search/exact-index.ts';

/** `/search/exact/manifest.json`: the groups, their ranges, each kind's guidance in short, the list of shards and the numbers that are not codes; read once per visit. */
export const GET: APIRoute = async () =>
	Response.json(buildExactIndex(await getCatalog(), await getGuidance(), await getNotCodes()).manifest);
