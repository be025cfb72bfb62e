import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../build/get-catalog.ts';
import { buildExactIndex, type ExactShard } from '../../../utils/search/exact-index.ts';

/** Every shard of the exact index, built once: `/search/exact/40.json` holds -4000 … -4099 and 4000 … 4099. */
export const getStaticPaths = (async () => {
	const { shards } = buildExactIndex(await getCatalog());
	return [...shards.values()].map((shard) => ({ params: { shard: String(shard.key) }, props: { shard } }));
}) satisfies GetStaticPaths;

/** One shard, as JSON. */
export const GET: APIRoute<{ shard: ExactShard }> = ({ props }) => Response.json(props.shard);
