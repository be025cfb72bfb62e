import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { hrefs, readAnswer, typeQuery } from './support/search.ts';
import { codeHeadline } from '../../src/utils/catalog.ts';
import { searchPath } from '../../src/utils/paths.ts';

const byPath = new Map(catalog.entries.map((e) => [e.path, e]));
const groupPaths = new Set(catalog.groups.map((g) => g.path));

test('words find code pages only, each once, showing its number, group and text', async ({ sweep }) => {
	await sweep.goto('/http/');
	for (const query of [
		'cannot be cloned',
		'too many',
		'faulty',
		'summarized',
		'linear regression',
		'payment',
		'not ready',
	]) {
		const results = await typeQuery(sweep, query);
		const options = results.groups.filter((g) => g.kind.startsWith('text')).flatMap((g) => g.options);
		expect(options.length, query).toBeGreaterThan(0);
		expect(new Set(options.map((o) => o.href)).size, query).toBe(options.length);
		for (const option of options) {
			if (option.href.startsWith('/search/')) continue; // "See all results"
			expect(groupPaths.has(option.href), `${query}: ${option.href} is a group page`).toBe(false);
			const entry = byPath.get(option.href);
			expect(entry, `${query}: ${option.href} is not a code page`).toBeDefined();
			if (!entry) continue;
			expect(option.code).toBe(String(entry.code));
			expect(option.group).toBe(entry.group.title);
			expect(option.title).toBe(codeHeadline(entry));
		}
	}
});

test('exact codes come first, and full text does not repeat them', async ({ sweep }) => {
	await sweep.goto('/http/');
	const results = await typeQuery(sweep, 'HTTP 429 too many');
	expect(results.groups[0]?.kind).toBe('exact');
	expect(hrefs(results, ['exact'])).toEqual([catalog.byNumber.get(429)?.[0]?.path]);
	const text = hrefs(results, ['text', 'text-partial']);
	expect(text.length).toBeGreaterThan(0);
	expect(text).not.toContain(catalog.byNumber.get(429)?.[0]?.path);
});

test('a code people type without its minus sign is found, and the page says the sign was assumed', async ({
	sweep,
}) => {
	await sweep.goto('/http/');
	const results = await typeQuery(sweep, '4002');
	expect(hrefs(results, ['exact'])).toEqual([catalog.byNumber.get(-4002)?.[0]?.path]);
	expect(results.notes).toContain('No code is numbered 4002: showing -4002');
});

test('an unknown number typed without sign is looked up both ways and suggested where it fits', async ({ sweep }) => {
	await sweep.goto('/http/');
	const results = await typeQuery(sweep, '4009');
	expect(results.notes).toContain('No BigML.io code is numbered 4009 or -4009.');
	expect(results.notes).toContain('-4009 falls in the range of model errors');
	expect(results.groups.map((g) => g.kind)).toEqual(['nearest']);
});

test('the search page lists every code whose own words hold each word of the query, and no other', async ({
	sweep,
}) => {
	// Pagefind matches a word at the start of a word of the code's name or text.
	const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);
	const wrong: string[] = [];
	for (const query of ['cannot be cloned', 'too many', 'faulty', 'summarized', 'linear regression', 'payment']) {
		await sweep.goto(searchPath(query));
		const results = await readAnswer(sweep, query);
		const holding = catalog.entries.filter((e) => {
			const own = wordsOf(`${e.name ?? ''} ${e.text}`);
			return query.split(' ').every((w) => own.some((word) => word.startsWith(w)));
		});
		const listed = results.groups.filter((g) => g.kind === 'text').flatMap((g) => g.options.map((o) => o.href));
		if (holding.length === 0) wrong.push(`${query}: no code holds it; pick another word`);
		if (
			listed.toSorted().join() !==
			holding
				.map((e) => e.path)
				.toSorted()
				.join()
		)
			wrong.push(`${query}: lists ${listed.join(', ')}`);
	}
	expect(wrong).toEqual([]);
});
