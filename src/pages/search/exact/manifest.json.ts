import type { APIRoute } from 'astro';
import { getCatalog } from '../../../build/get-catalog.ts';
import { buildExactIndex } from '../../../utils/search/exact-index.ts';

/** `/search/exact/manifest.json`: the groups, their ranges and the list of shards; read once per visit. */
export const GET: APIRoute = async () => Response.json(buildExactIndex(await getCatalog()).manifest);
