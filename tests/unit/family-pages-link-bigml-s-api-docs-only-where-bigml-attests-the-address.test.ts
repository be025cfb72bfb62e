import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { apiDocsSchema } from '../../src/schemas/api-docs.ts';

const groups = readCatalog('data');
const model = groups.find((g) => g.slug === 'model')!;

describe("family pages link BigML's API docs only where BigML attests the address", () => {
	test("every address is on bigml.com/api, quoted from BigML's own repositories, at a commit", () => {
		const withDocs = groups.filter((g) => g.apiDocs);
		expect(withDocs.length).toBeGreaterThan(0);
		for (const { slug, type, apiDocs } of withDocs) {
			expect(type, slug).toBe('family');
			expect(apiDocs!.source.quote, slug).toContain(apiDocs!.url);
			expect(apiDocs!.source.repository, slug).toMatch(/^bigmlcom\//);
		}
	});

	test('no address is guessed for the families no source names (composites, dataset exports)', () => {
		for (const slug of ['composite', 'dataset-export'])
			expect(groups.find((g) => g.slug === slug)?.apiDocs).toBeUndefined();
	});

	test('an address its quote does not contain, or a quote from outside BigML, is refused', () => {
		const docs = model.apiDocs!;
		const wrongUrl = apiDocsSchema.safeParse({ ...docs, url: 'https://bigml.com/api/ensembles' });
		expect(wrongUrl.error?.issues.map((i) => i.path.join('.'))).toEqual(['source.quote']);
		const thirdParty = apiDocsSchema.safeParse({ ...docs, source: { ...docs.source, repository: 'someone/fork' } });
		expect(thirdParty.error?.issues.map((i) => i.path.join('.'))).toEqual(['source.repository']);
		const offSite = apiDocsSchema.safeParse({ ...docs, url: 'https://example.test/api/models' });
		expect(offSite.success).toBe(false);
	});
});
