import { defineCollection } from 'astro:content';
import { catalogLoader } from './loaders/catalog';

/** Every group of BigML.io codes, read from the YAML files in `data/` (or `$CATALOG_DIR`, for tests and benchmarks). */
const groups = defineCollection({ loader: catalogLoader({ base: process.env.CATALOG_DIR ?? 'data' }) });

export const collections = { groups };
