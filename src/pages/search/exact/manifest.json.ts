import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/get-catalog';
import { buildExactIndex } from '../../../lib/search-index';

/** `/search/exact/manifest.json`: the groups, their ranges and the list of shards; read once per visit. */
export const GET: APIRoute = async () => Response.json(buildExactIndex(await getCatalog()).manifest);
