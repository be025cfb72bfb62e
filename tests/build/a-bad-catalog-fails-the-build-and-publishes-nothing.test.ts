import { expect, test } from 'vitest';
import { CatalogError } from '../../src/build/catalog-fs.ts';
import { buildSite } from '../support/build-site.ts';
import { loaderError } from '../support/catalog-fixtures.ts';

/** A catalog refused at the last stage, across files: the folder, the YAML and each file's schema all ran first. */
const CATALOG = 'tests/fixtures/bad-catalogs/family-number-taken/catalog';

test('a catalog the loader refuses fails the real build, prints every problem, and leaves no site behind', async () => {
	const refused = await loaderError(CATALOG);
	expect(refused).toBeInstanceOf(CatalogError);
	const build = await buildSite(CATALOG);
	expect(build.status, build.output).toBe(1);
	expect(build.output).toMatch(/The catalog has 1 problem; nothing was built\./);
	// The build prints what the loader throws, line for line: so does it for every case of the corpus.
	for (const line of (refused as Error).message.split('\n')) expect(build.output).toContain(line);
	expect(build.output).toMatch(/family-number-taken\/catalog\/model\.yaml at codes: are numbered -4000 to -4999/);
	expect(build.published, `${build.outDir} was left behind`).toBe(false);
});
