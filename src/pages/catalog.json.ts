import type { APIRoute } from 'astro';
import { catalogDocumentSchema } from '../schemas/catalog-export.ts';
import { catalogDocument } from '../utils/catalog-export.ts';
import { catalogDir, catalogVersion } from '../build/catalog-version.ts';
import { getCatalog } from '../build/get-catalog.ts';
import { getGuidance } from '../build/get-guidance.ts';

/** Every group and code, machine-readable; checked against its own schema so the file never drifts from it. */
export const GET: APIRoute = async ({ site }) => {
	const doc = catalogDocument(await getCatalog(), await getGuidance(), catalogVersion(catalogDir()), site!);
	return new Response(JSON.stringify(catalogDocumentSchema.parse(doc)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
