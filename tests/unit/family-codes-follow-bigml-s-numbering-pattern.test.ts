import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import type { Kind } from '../../src/schemas/kind.ts';

/**
 * BigML numbers a family's codes by what went wrong: the last three digits
 * (…000, …001, …) say the kind. Five-digit …021 codes of four-digit families
 * (-40021 for models, -30021 for datasets) end in 021 too.
 */
const KIND_BY_SUFFIX: Record<number, Kind> = {
	0: 'not-ready',
	1: 'bad-request',
	2: 'cannot-create',
	21: 'cannot-create-now',
	3: 'cannot-retrieve',
	4: 'cannot-delete',
	5: 'faulty',
	8: 'cannot-clone',
};

/** How BigML words each kind; `(created|performed)` because exports and evaluations are "performed". */
const WORDING: Partial<Record<Kind, RegExp>> = {
	'not-ready': /is not ready yet$/,
	'bad-request': /^Bad request to (create|perform) an? /,
	'cannot-create': /(cannot|could not) be (created|performed)$/,
	'cannot-create-now': /(cannot|could not) be (created|performed) now$/,
	'cannot-retrieve': /cannot be retrieved( now)?$/,
	'cannot-delete': /(cannot be deleted now|^Cannot delete .+ now)$/,
	faulty: /(could not be (created|performed)|^Faulty .+)$/,
	'cannot-clone': /could not be cloned properly$/,
};

/** Where BigML's table breaks the pattern, with the kind each code has instead. */
const KIND_EXCEPTIONS: Record<number, Kind> = {
	[-2000]: 'unreadable', // "This source cannot be read properly"
	[-3000]: 'unreadable', // "This dataset cannot be read properly"
	[-9006]: 'not-available', // "Dataset exports aren't available for cloned datasets": no …006 in the pattern
};

/** Codes of the pattern's kind whose text names another resource than their family, or words it otherwise. */
const WORDING_EXCEPTIONS = new Set([
	-4000, // models: "The dataset is not ready. A one-click model has been requested but the corresponding dataset is not ready yet"
	-5000, // predictions: "The model is not ready yet" (the model the prediction needs)
]);

const families = readCatalog('data').filter((g) => g.type === 'family');
const documented = families.flatMap((g) =>
	g.codes.filter((c) => c.provenance === 'documented').map((entry) => ({ group: g, entry })),
);

describe("family codes follow BigML's numbering pattern", () => {
	test('the exceptions are real codes of the table, so none of them is stale', () => {
		const numbers = new Set(documented.map(({ entry }) => entry.code));
		for (const code of [...Object.keys(KIND_EXCEPTIONS).map(Number), ...WORDING_EXCEPTIONS]) {
			expect(numbers, `${code}`).toContain(code);
		}
	});

	test.each(documented.map(({ group, entry }) => [`${group.slug}/${entry.code}`, group, entry] as const))(
		'%s has the kind its number gives, and BigML words it that way',
		(_id, group, entry) => {
			const suffix = -entry.code % 1000;
			const expected = KIND_EXCEPTIONS[entry.code] ?? KIND_BY_SUFFIX[suffix];
			expect(expected, `no kind for suffix ${suffix}: add the code to KIND_EXCEPTIONS`).toBeDefined();
			expect(entry.kind).toBe(expected);

			// Every code of a family shares its range: -13xxx for anomaly detectors, -4xxx (and -4xx21) for models.
			const range = (n: number) => Math.floor(-n / 1000);
			const base = range(group.codes.find((c) => -c.code % 1000 === 1)!.code);
			expect([range(entry.code), Math.floor(-entry.code / 10000)]).toContain(base);

			if (WORDING_EXCEPTIONS.has(entry.code) || KIND_EXCEPTIONS[entry.code]) return;
			expect(entry.text).toMatch(WORDING[entry.kind]!);
			expect(entry.text.toLowerCase()).toContain(group.noun!.toLowerCase());
		},
	);
});
