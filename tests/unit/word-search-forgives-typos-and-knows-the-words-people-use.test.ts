import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { buildLexicon, didYouMean, hasWords, meaningsOf, tokens } from '../../src/utils/search/lexicon.ts';

const catalog = buildCatalog(readCatalog('data'));
const guidance = readGuidance(GUIDANCE_DIR);
/** The lexicon as `/search/words.json` publishes it (src/pages/search/words.json.ts). */
const lexicon = buildLexicon(
	[
		...catalog.entries.flatMap((e) => [e.text, e.name ?? '']),
		...catalog.groups.flatMap((g) => [g.title, g.noun ?? '', g.resource ?? '']),
	],
	new Map(Object.entries(guidance).map(([kind, g]) => [kind, g.words ?? []])),
	[...new Set(catalog.entries.filter((e) => e.group.type === 'family').map((e) => e.kind))],
);
/** The codes a query's words stand for, as entry ids. */
const codesFor = (query: string) => {
	const { kinds } = meaningsOf(tokens(query), lexicon);
	return catalog.entries.filter((e) => kinds.includes(e.kind)).map((e) => e.id);
};
const fix = (query: string) => didYouMean(tokens(query), lexicon);

describe('word search forgives typos and knows the words people use', () => {
	test.each([
		['cannnot be created', 'cannot be created'],
		['cannot be craeted', 'cannot be created'],
		['too many reqests', 'too many requests'],
		['paymnet required', 'payment required'],
		['validaton error', 'validation error'],
		['rate limt', 'rate limit'],
	])('%j: did you mean %j', (typed, meant) => {
		expect(fix(typed)).toBe(meant);
	});

	test.each([['cannot be created'], ['rate limit'], ['stuck'], ['canno'], ['retrying'], ['models'], ['-4002 model']])(
		'%j has no typo: known words, a word being typed, a word with an ending',
		(typed) => {
			expect(fix(typed)).toBeUndefined();
		},
	);

	test.each([
		['rate limit', 'http/429'],
		['rate limits', 'http/429'],
		['throttled', 'http/429'],
		['quota', 'http/402'],
		['credits', 'http/402'],
		['out of money', 'http/402'],
		['not found', 'general/-1201'],
		['not found', 'model/-4003'],
		['permission', 'http/403'],
		['timeout', 'http/503'],
		['stuck', 'status/1'],
		['my model is still running', 'status/3'],
		['failed', 'model/-4005'],
	])('%j stands for %s', (query, id) => {
		expect(catalog.byId.has(id), `${id} is not in the catalog: update this table`).toBe(true);
		expect(codesFor(query)).toContain(id);
	});

	test('"rate limit" does not stand for 402 Payment Required, and words nobody listed stand for nothing', () => {
		expect(codesFor('rate limit')).not.toContain('http/402');
		expect(codesFor('iris petal width')).toEqual([]);
	});

	test('a longer phrase wins over the words in it: "still running" is not also "running"', () => {
		const { phrases } = meaningsOf(tokens('my model is still running'), lexicon);
		expect(phrases).toEqual(['still running']);
	});

	test('no phrase a kind lists is in the text of one of its codes: full text finds those already', () => {
		const literal = Object.entries(guidance).flatMap(([kind, g]) =>
			(g.words ?? []).flatMap((phrase) =>
				catalog.entries
					.filter((e) => e.kind === kind && hasWords(`${e.name ?? ''} ${e.text}`, tokens(phrase)))
					.map((e) => `${kind}: "${phrase}" is in ${e.id}`),
			),
		);
		expect(literal).toEqual([]);
	});

	test('every phrase a kind lists is a few lowercase words, once', () => {
		for (const [kind, g] of Object.entries(guidance))
			for (const phrase of g.words ?? []) expect(phrase, kind).toMatch(/^[a-z']+(?: [a-z']+){0,3}$/);
	});
});
