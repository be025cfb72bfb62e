import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOG_CSV_PATH, CATALOG_JSON_PATH, CATALOG_SCHEMA_PATH } from '../../src/utils/paths.ts';
import { builtPages, DIST } from '../support/built-site.ts';
import { catalog, permalink } from '../support/catalog.ts';
import { attr } from '../support/html.ts';
import { schemaValidator } from '../support/json-schema.ts';

/**
 * The published files themselves, as built (their Content-Type as served is
 * checked with every URL in every-url-answers-with-and-without-its-trailing-slash.test.ts).
 */
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const doc = JSON.parse(read(CATALOG_JSON_PATH));

describe('the machine-readable catalog is published valid and versioned', () => {
	test('catalog.json validates against catalog.schema.json and lists every code with its permanent URL', () => {
		const validate = schemaValidator(JSON.parse(read(CATALOG_SCHEMA_PATH)));
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
		expect(doc.$schema).toBe(permalink(CATALOG_SCHEMA_PATH));
		const urls = doc.groups.flatMap((g: { codes: { url: string }[] }) => g.codes.map((c) => c.url));
		expect(urls).toEqual(catalog.entries.map((e) => permalink(e.path)));
	});

	test('catalog.csv has a header row and one row per code', () => {
		const csv = read(CATALOG_CSV_PATH);
		expect(csv.startsWith('group,type,code,name,text,kind,summary,provenance,url\r\n')).toBe(true);
		const missing = catalog.entries.filter((e) => !csv.includes(`,${permalink(e.path)}\r\n`)).map((e) => e.path);
		expect(missing).toEqual([]);
	});

	test('the footer of every page shows the catalog version that catalog.json carries', () => {
		const { date, hash } = doc.version as { date: string; hash: string };
		const wrong = builtPages()
			.filter((page) => page.redirectsTo === undefined)
			.flatMap(({ path, doc: page }) => {
				const footer = page.first('footer');
				const shown = {
					date: attr(page.inside(footer, 'time')[0], 'datetime'),
					hash: page.text(page.inside(footer, 'code')[0]),
					link: page.inside(footer, 'a').some((a) => attr(a, 'href') === CATALOG_JSON_PATH),
				};
				const expected = { date, hash: hash.replace('sha256-', '').slice(0, 12), link: true };
				return JSON.stringify(shown) === JSON.stringify(expected) ? [] : [`${path}: ${JSON.stringify(shown)}`];
			});
		expect(wrong).toEqual([]);
	});
});
