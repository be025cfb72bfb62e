import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { catalogCsv, catalogDocument, catalogJsonSchema, csvField } from '../../src/utils/catalog-export.ts';
import { hashFolder } from '../../src/build/catalog-version.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { schemaValidator } from '../support/json-schema.ts';

const SITE = 'https://codes.example.test';
const catalog = buildCatalog(readCatalog('data'));
const version = { date: '2026-01-31', hash: hashFolder('data') };
const doc = catalogDocument(catalog, readGuidance(GUIDANCE_DIR), version, SITE);
const validate = schemaValidator(catalogJsonSchema(SITE));

/** Reads RFC 4180 CSV back into rows, to check the quoting round-trips. */
function readCsv(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i]!;
		if (quoted) {
			if (c === '"' && csv[i + 1] === '"') ((field += '"'), i++);
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') (row.push(field), (field = ''));
		else if (c === '\r' && csv[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
		else field += c;
	}
	return rows;
}

describe('the machine-readable catalog matches its schema', () => {
	test('catalog.json validates against the JSON Schema published beside it', () => {
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
	});

	test('the schema is not a formality: a code without its URL, or an unknown kind, is invalid', () => {
		const broken = structuredClone(doc);
		delete (broken.groups[0]!.codes[0] as Partial<(typeof broken.groups)[0]['codes'][0]>).url;
		expect(validate(broken)).toBe(false);
		const unknownKind = structuredClone(doc);
		(unknownKind.groups[0]!.codes[0] as { kind: string }).kind = 'oops';
		expect(validate(unknownKind)).toBe(false);
	});

	test('every code appears once, with its number, text, kind, summary, provenance, absolute permanent URL and path', () => {
		const codes = doc.groups.flatMap((g) => g.codes.map((c) => ({ group: g.slug, ...c })));
		expect(codes).toHaveLength(catalog.entries.length);
		for (const entry of catalog.entries) {
			const code = codes.find((c) => c.group === entry.group.slug && c.code === entry.code);
			expect(code).toMatchObject({ text: entry.text, kind: entry.kind, provenance: entry.provenance });
			expect(code?.summary).toBe(doc.kinds[entry.kind].summary);
			expect(code?.url).toBe(`${SITE}${entry.path}`);
			// The path beside it is what the site's own scripts link with, so a copy served elsewhere links to itself.
			expect(code?.path).toBe(entry.path);
		}
		for (const group of catalog.groups) expect(doc.groups.find((g) => g.slug === group.slug)?.path).toBe(group.path);
		expect(doc.version).toEqual(version);
	});

	test('the version hash changes with any data file, nested or new, and only with a change', () => {
		expect(version.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
		const copy = join(mkdtempSync(join(tmpdir(), 'data-')), 'data');
		cpSync('data', copy, { recursive: true });
		expect(hashFolder(copy), 'a copy hashes as the original').toBe(version.hash);
		const nested = join(copy, 'guidance', readdirSync(join(copy, 'guidance'))[0]!);
		const original = readFileSync(nested);
		appendFileSync(nested, '\n');
		expect(hashFolder(copy), 'one byte more in a guidance file').not.toBe(version.hash);
		writeFileSync(nested, original);
		expect(hashFolder(copy), 'the file restored').toBe(version.hash);
		writeFileSync(join(copy, 'new.yaml'), '');
		expect(hashFolder(copy), 'an empty new file').not.toBe(version.hash);
	});

	test('catalog.csv has a header row and one RFC 4180 row per code, quoting what needs quoting', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a "b", c')).toBe('"a ""b"", c"');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		const csv = catalogCsv(doc);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = readCsv(csv);
		expect(rows[0]).toEqual(['group', 'type', 'code', 'name', 'text', 'kind', 'summary', 'provenance', 'url']);
		expect(rows).toHaveLength(catalog.entries.length + 1);
		for (const row of rows) expect(row).toHaveLength(9);
		const quoted = rows.find((r) => r[2] === '-9006');
		expect(quoted?.[4]).toBe("Dataset exports aren't available for cloned datasets");
		const withComma = rows.find((r) => r[4]?.includes(','));
		expect(withComma, 'some BigML text has a comma, so quoting is exercised').toBeDefined();
	});
});
