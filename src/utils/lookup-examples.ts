/**
 * The example inputs the home page offers under its field, one of each kind
 * a lookup reads: a code, a number two families share, the words people use,
 * a typo, and a whole pasted response (an error body, shaped as BigML.io
 * sends it: see /anatomy/). Each also works as a plain link without JavaScript.
 */
import { lookupPath, searchPath } from './paths.ts';

const errorBody = JSON.stringify({ code: 400, status: { code: -1206, message: 'Validation error', extra: ['model'] } });

/** An example: what it fills the field with, how it is labelled, and where its link goes without JavaScript. */
export interface LookupExample {
	input: string;
	label: string;
	href: string;
}

/** The home page's examples, in the order shown. */
export const LOOKUP_EXAMPLES: readonly LookupExample[] = [
	{ input: '-4002', label: '-4002', href: lookupPath(-4002) },
	{ input: 'error code -30021', label: 'error code -30021', href: lookupPath(-30021) },
	{ input: 'rate limit', label: 'rate limit', href: searchPath('rate limit') },
	{ input: 'my model is stuck', label: 'my model is stuck', href: searchPath('my model is stuck') },
	// The search page decodes a response in place, by the same rules as the field.
	{ input: errorBody, label: 'a whole error response', href: searchPath(errorBody) },
];
