import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { readAnswer, searchBox, typeQuery } from './support/search.ts';

const family = (slug: string) => {
	const group = catalog.groups.find((g) => g.slug === slug);
	if (!group) throw new Error(`No group ${slug} in the catalog.`);
	return group;
};

test('a shared /search/ link shows its query, filters and results', async ({ sweep }) => {
	await sweep.goto('/search/?q=cannot&group=family&family=model');
	await expect(searchBox(sweep)).toHaveValue('cannot');
	await expect(sweep.getByLabel('Group')).toHaveValue('family');
	await expect(sweep.getByLabel('Family')).toHaveValue('model');
	const results = await readAnswer(sweep, 'cannot');
	const listed = results.groups.flatMap((g) => g.options);
	const expected = family('model').entries.filter((e) => /\bcannot\b/i.test(e.text));
	expect(listed.map((o) => o.href).toSorted()).toEqual(expected.map((e) => e.path).toSorted());
	expect(new Set(listed.map((o) => o.group))).toEqual(new Set([family('model').title]));
});

test('typing and choosing filters keep the URL in step', async ({ sweep }) => {
	await sweep.goto('/search/');
	await expect(searchBox(sweep)).toBeFocused();
	await typeQuery(sweep, 'cannot be created');
	await expect(sweep).toHaveURL('/search/?q=cannot+be+created');
	await sweep.getByLabel('Family').selectOption('ensemble');
	await expect(sweep).toHaveURL('/search/?q=cannot+be+created&group=family&family=ensemble');
	let results = await readAnswer(sweep, 'cannot be created');
	expect(new Set(results.groups.flatMap((g) => g.options.map((o) => o.group)))).toEqual(
		new Set([family('ensemble').title]),
	);
	await sweep.getByLabel('Group').selectOption('general');
	await expect(sweep).toHaveURL('/search/?q=cannot+be+created&group=general');
	await expect(sweep.getByLabel('Family')).toHaveValue('');
	results = await typeQuery(sweep, 'too many');
	await expect(sweep).toHaveURL('/search/?q=too+many&group=general');
	const general = family('general').entries.filter((e) => /too many/i.test(e.text));
	expect(results.groups.flatMap((g) => g.options.map((o) => o.href)).toSorted()).toEqual(
		general.map((e) => e.path).toSorted(),
	);
	await expect(sweep).toHaveTitle(/^too many — Search/);
});

test('filters apply to exact codes too, and say what they hide', async ({ sweep }) => {
	await sweep.goto('/search/?q=-40021&family=linear-regression');
	const results = await readAnswer(sweep, '-40021');
	expect(results.groups.flatMap((g) => g.options.map((o) => o.href))).toEqual([
		catalog.byNumber.get(-40021)?.find((e) => e.group.slug === 'linear-regression')?.path,
	]);
	expect(results.notes).toContain('outside the filters');
});

test('a filter without a query lists every code of the group', async ({ sweep }) => {
	await sweep.goto('/search/?group=http');
	const results = await readAnswer(sweep, '');
	const http = catalog.groups.filter((g) => g.type === 'http').flatMap((g) => g.entries);
	expect(results.groups.flatMap((g) => g.options.map((o) => o.href)).toSorted()).toEqual(
		http.map((e) => e.path).toSorted(),
	);
});
