import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import type { Kind } from '../../src/schemas/kind.ts';
import { NUMBERING_EXCEPTIONS } from '../../src/schemas/numbering.ts';

/**
 * The build gives each family code the kind its number says
 * (src/schemas/numbering.ts). This checks that model against BigML's own
 * words in the real catalog: a kind the numbering gives is worded that way.
 */

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
	unreadable: /cannot be read properly$/,
	'not-available': /aren't available/,
};

/** Codes whose text names another resource than their family: the resource they wait for. */
const OTHER_RESOURCE = new Set([
	'model/-4000', // "The dataset is not ready. A one-click model has been requested but the corresponding dataset is not ready yet"
	'prediction/-5000', // "The model is not ready yet": the model the prediction needs
]);

const documented = readCatalog('data')
	.filter((g) => g.type === 'family')
	.flatMap((group) =>
		group.codes
			.filter((entry) => entry.provenance === 'documented')
			.map((entry) => ({ id: `${group.slug}/${entry.code}`, group, entry })),
	);

describe("BigML words each family code as its number's kind says", () => {
	test('the codes named here are codes of the table', () => {
		const ids = documented.map((d) => d.id);
		for (const id of OTHER_RESOURCE) expect(ids).toContain(id);
	});

	test.each(documented.map((d) => [d.id, d] as const))('%s is worded as its kind', (id, { group, entry }) => {
		expect(entry.text).toMatch(WORDING[entry.kind]!);
		if (!OTHER_RESOURCE.has(id)) expect(entry.text.toLowerCase()).toContain(group.noun!.toLowerCase());
	});

	test('an exception to the numbering is worded as its declared kind, which is why it is one', () => {
		for (const [id, { kind }] of Object.entries(NUMBERING_EXCEPTIONS)) {
			const found = documented.find((d) => d.id === id);
			if (found) expect(found.entry.text, id).toMatch(WORDING[kind]!);
		}
	});
});
