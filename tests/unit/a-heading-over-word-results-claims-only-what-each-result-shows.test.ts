import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { hasWords, tokens } from '../../src/utils/search/lexicon.ts';

/**
 * Full-text search matches word starts and stems: "retry" finds "retrieved".
 * A result is listed under "Codes whose text has “…”" only when its text has
 * each word whole, give or take an ending; the others under "words close to".
 */
const catalog = buildCatalog(readCatalog('data'));
const texts = catalog.entries.map((e) => `${e.name ?? ''} ${e.text}`);

describe('a heading over word results claims only what each result shows', () => {
	test.each([
		['retry', 'retrieved', false],
		['retry', 'retrying', true],
		['retry', 'retries', true],
		['limit', 'limits', true],
		['created', 'creates', false],
		['clone', 'cloned', true],
		['too many', 'You have sent too many requests', true],
		['cannot be cloned', 'could not be cloned', false],
	])('%j in %j: %s', (query, text, whole) => {
		expect(hasWords(text, tokens(query))).toBe(whole);
	});

	test('no catalog text that says "retrieved" claims to have "retry"', () => {
		const retrieved = texts.filter((t) => /retrieved/i.test(t));
		expect(retrieved.length).toBeGreaterThan(0);
		for (const text of retrieved)
			if (!/\bretr(y|ies|ied|ying)\b/i.test(text)) expect(hasWords(text, ['retry'])).toBe(false);
	});
});
