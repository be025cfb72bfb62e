import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { readAnswer, searchBox } from './support/search.ts';

const title = (slug: string) => catalog.groups.find((g) => g.slug === slug)?.title ?? 'missing';

test('/errors/model/-4009/ searches for -4009: no such code, the model range and the nearest codes', async ({
	sweep,
}) => {
	const response = await sweep.goto('/errors/model/-4009/');
	expect(response?.status()).toBe(404);
	await expect(searchBox(sweep)).toHaveValue('-4009');
	const results = await readAnswer(sweep, '-4009');
	expect(results.notes).toContain('No BigML.io code is numbered -4009.');
	expect(results.notes).toContain('model errors, -4000 to -4999');
	await expect(sweep.getByRole('status').getByRole('link', { name: title('model') })).toHaveAttribute(
		'href',
		'/errors/model/',
	);
	const [nearest] = results.groups;
	expect(nearest?.kind).toBe('nearest');
	expect(nearest?.options[0]?.href).toBe(catalog.byNumber.get(-4008)?.[0]?.path);
});

/** A source-range number no entry has (-2020 was such a number until issue 4 added it as observed). */
const unusedSourceNumber = Array.from({ length: 999 }, (_, i) => -2001 - i).find((n) => !catalog.byNumber.has(n))!;

test(`/codes/${unusedSourceNumber}/ searches for ${unusedSourceNumber} and names the sources range`, async ({
	sweep,
}) => {
	const response = await sweep.goto(`/codes/${unusedSourceNumber}/`);
	expect(response?.status()).toBe(404);
	await expect(searchBox(sweep)).toHaveValue(String(unusedSourceNumber));
	const results = await readAnswer(sweep, String(unusedSourceNumber));
	expect(results.notes).toContain('source errors, -2000 to -2999');
});

test('a missing URL with a known number lists that code', async ({ sweep }) => {
	await sweep.goto('/errors/dataset/-4002/');
	const results = await readAnswer(sweep, '-4002');
	expect(results.groups[0]?.options.map((o) => o.href)).toEqual([catalog.byNumber.get(-4002)?.[0]?.path]);
});
