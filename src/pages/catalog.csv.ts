import type { APIRoute } from 'astro';
import { catalogCsv, catalogDocument } from '../utils/catalog-export.ts';
import { catalogDir, catalogVersion } from '../build/catalog-version.ts';
import { getCatalog } from '../build/get-catalog.ts';
import { getGuidance } from '../build/get-guidance.ts';

/** Every code as a spreadsheet: one row per code, with a header row. */
export const GET: APIRoute = async ({ site }) => {
	const doc = catalogDocument(await getCatalog(), await getGuidance(), catalogVersion(catalogDir()), site!);
	return new Response(catalogCsv(doc), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
