import type { APIRoute } from 'astro';
import { catalogCsv, catalogDocument } from '../utils/catalog-export';
import { catalogDir, catalogVersion } from '../build/catalog-version';
import { getCatalog } from '../build/get-catalog';
import { getGuidance } from '../build/get-guidance';

/** Every code as a spreadsheet: one row per code, with a header row. */
export const GET: APIRoute = async ({ site }) => {
	const doc = catalogDocument(await getCatalog(), await getGuidance(), catalogVersion(catalogDir()), site!);
	return new Response(catalogCsv(doc), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
