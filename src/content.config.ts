import { defineCollection } from 'astro:content';
import { catalogLoader } from './build/catalog-loader.ts';
import { changeLogLoader } from './build/changes-loader.ts';
import { guidanceLoader } from './build/guidance-loader.ts';
import { GUIDANCE_DIR } from './build/guidance-fs.ts';

/** Every group of BigML.io codes, read from the YAML files in `data/` (or `$CATALOG_DIR`, for tests and benchmarks). */
const groups = defineCollection({ loader: catalogLoader({ base: process.env.CATALOG_DIR ?? 'data' }) });

/** What to tell the person who got a code, written once per kind, read from `data/guidance/`. */
const guidance = defineCollection({ loader: guidanceLoader({ base: GUIDANCE_DIR }) });

/** What the sync changed in the catalog, newest first: `history/changes.yaml` in the same catalog folder. */
const changes = defineCollection({ loader: changeLogLoader({ base: process.env.CATALOG_DIR ?? 'data' }) });

export const collections = { groups, guidance, changes };
