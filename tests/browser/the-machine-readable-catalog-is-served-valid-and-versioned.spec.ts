import { expect, test } from '@playwright/test';
import { schemaValidator } from '../support/json-schema.ts';
import { catalog, permalink } from '../support/catalog.ts';

test('catalog.json validates against catalog.schema.json and lists every code with its permanent URL', async ({
	request,
}) => {
	const json = await request.get('/catalog.json');
	expect(json.headers()['content-type']).toMatch(/json/);
	const doc = await json.json();
	const schema = await (await request.get('/catalog.schema.json')).json();
	const validate = schemaValidator(schema);
	expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
	expect(doc.$schema).toBe(permalink('/catalog.schema.json'));
	const urls = doc.groups.flatMap((g: { codes: { url: string }[] }) => g.codes.map((c) => c.url));
	expect(urls).toEqual(catalog.entries.map((e) => permalink(e.path)));
});

test('catalog.csv has a header row and one row per code', async ({ request }) => {
	const csv = await request.get('/catalog.csv');
	expect(csv.headers()['content-type']).toMatch(/text\/csv/);
	const text = await csv.text();
	expect(text.startsWith('group,type,code,name,text,kind,summary,provenance,url\r\n')).toBe(true);
	for (const entry of catalog.entries) expect(text).toContain(`,${permalink(entry.path)}\r\n`);
});

test('the footer of every page shows the catalog version that catalog.json carries', async ({ page, request }) => {
	const { version } = await (await request.get('/catalog.json')).json();
	for (const path of ['/', '/decode/', catalog.entries[0]!.path]) {
		await page.goto(path);
		const footer = page.locator('footer');
		await expect(footer.locator('time')).toHaveAttribute('datetime', version.date);
		await expect(footer.locator('code')).toHaveText(version.hash.replace('sha256-', '').slice(0, 12));
		await expect(footer.getByRole('link', { name: 'catalog.json' })).toHaveAttribute('href', '/catalog.json');
	}
});
