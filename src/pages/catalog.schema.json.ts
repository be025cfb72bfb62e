import type { APIRoute } from 'astro';
import { catalogJsonSchema } from '../utils/catalog-export.ts';

/** The JSON Schema of `/catalog.json`. */
export const GET: APIRoute = ({ site }) =>
	new Response(JSON.stringify(catalogJsonSchema(site!), null, 2), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
