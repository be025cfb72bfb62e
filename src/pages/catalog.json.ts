import type { APIRoute } from 'astro';
import { catalogDocumentSchema } from '../schemas/catalog-export';
import { catalogDocument } from '../utils/catalog-export';
import { catalogDir, catalogVersion } from '../build/catalog-version';
import { getCatalog } from '../build/get-catalog';
import { getGuidance } from '../build/get-guidance';

/** Every group and code, machine-readable; checked against its own schema so the file never drifts from it. */
export const GET: APIRoute = async ({ site }) => {
	const doc = catalogDocument(await getCatalog(), await getGuidance(), catalogVersion(catalogDir()), site!);
	return new Response(JSON.stringify(catalogDocumentSchema.parse(doc)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
