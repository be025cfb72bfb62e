import { defineCollection } from 'astro:content';
import { catalogLoader } from './build/catalog-loader.ts';
import { changeLogLoader } from './build/changes-loader.ts';
import { guidanceLoader } from './build/guidance-loader.ts';
import { GUIDANCE_DIR } from './build/guidance-fs.ts';
import { recipesLoader } from './build/recipes-loader.ts';
import { RECIPES_DIR } from './build/recipes-fs.ts';
import { notCodesLoader } from './build/not-codes-loader.ts';
import { NOT_CODES_DIR } from './build/not-codes-fs.ts';

/** Every group of BigML.io codes, read from the YAML files in `data/` (or `$CATALOG_DIR`, for tests and benchmarks). */
const groups = defineCollection({ loader: catalogLoader({ base: process.env.CATALOG_DIR ?? 'data' }) });

/** What to tell the person who got a code, written once per kind, read from `data/guidance/`. */
const guidance = defineCollection({ loader: guidanceLoader({ base: GUIDANCE_DIR }) });

/** What the sync changed in the catalog, newest first: `history/changes.yaml` in the same catalog folder. */
const changes = defineCollection({ loader: changeLogLoader({ base: process.env.CATALOG_DIR ?? 'data' }) });

/** What to write in code for each kind of code, in Python and Node.js, read from `data/recipes/`. */
const recipes = defineCollection({ loader: recipesLoader({ base: RECIPES_DIR }) });

/** Numbers that look like BigML.io codes but are not (the iOS and macOS SDKs' own errors), read from `data/not-codes/`. */
const notCodes = defineCollection({ loader: notCodesLoader({ base: NOT_CODES_DIR }) });

export const collections = { groups, guidance, changes, recipes, notCodes };
