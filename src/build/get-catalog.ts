import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../utils/catalog.ts';

let catalog: Promise<Catalog> | undefined;

/** The catalog, read from the content collection once per build and shared by every page. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= getCollection('groups').then((entries) =>
		buildCatalog(entries.map((e) => e.data).sort((a, b) => a.order - b.order)),
	);
	return catalog;
}
