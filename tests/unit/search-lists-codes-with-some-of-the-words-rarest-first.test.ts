import { describe, expect, test } from 'vitest';
import { rankByRarity, relaxedTerms } from '../../src/utils/search/full-text-terms.ts';

describe('search lists codes with some of the words, rarest words first', () => {
	test('only the telling words of a query of several words are searched one by one', () => {
		expect(relaxedTerms('cannot be cloned')).toEqual(['cloned']);
		expect(relaxedTerms('linear regression')).toEqual(['linear', 'regression']);
		expect(relaxedTerms('the model could not be created now')).toEqual(['model', 'created']);
		expect(relaxedTerms('faulty')).toEqual([]);
		expect(relaxedTerms('cloned cloned data')).toEqual(['cloned', 'data']);
	});

	test('a page with a rare word outranks one with a common word, and one with both outranks either', () => {
		const found = new Map([
			['cloned', ['clone-a', 'clone-b']],
			['model', ['model-a', 'model-b', 'model-c', 'model-d', 'clone-b']],
		]);
		expect(rankByRarity(found)).toEqual(['clone-b', 'clone-a', 'model-a', 'model-b', 'model-c', 'model-d']);
	});

	test('ties keep the order the searches found the pages in', () => {
		expect(rankByRarity(new Map([['x', ['b', 'a']]]))).toEqual(['b', 'a']);
		expect(rankByRarity(new Map())).toEqual([]);
	});
});
