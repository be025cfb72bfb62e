import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { buildLexicon, didYouMean, meaningsOf, tokens } from '../../src/utils/search/lexicon.ts';

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
		['too many requests', 'http/429'],
		['quota', 'http/402'],
		['credits', 'general/-1101'],
		['out of money', 'http/402'],
		['not found', 'http/404'],
		['permission', 'http/403'],
		['timeout', 'http/503'],
		['stuck', 'status/1'],
		['my model is still running', 'status/3'],
		['failed', 'status/-1'],
		['failed', 'model/-4005'],
	])('%j stands for %s', (query, id) => {
		expect(catalog.byId.has(id), `${id} is not in the catalog: update this table`).toBe(true);
		expect(codesFor(query)).toContain(id);
	});

	test('"rate limit" does not stand for 402 Payment Required, and words nobody listed stand for nothing', () => {
		expect(codesFor('rate limit')).not.toContain('http/402');
		expect(codesFor('iris petal width')).toEqual([]);
	});

	test('a longer phrase wins over the words in it: "not ready" is not also "ready"', () => {
		const { phrases } = meaningsOf(tokens('model not ready'), lexicon);
		expect(phrases).toEqual(['not ready']);
	});

	test('every phrase a kind lists is a few lowercase words, once', () => {
		for (const [kind, g] of Object.entries(guidance))
			for (const phrase of g.words ?? []) expect(phrase, kind).toMatch(/^[a-z']+(?: [a-z']+){0,3}$/);
	});
});
