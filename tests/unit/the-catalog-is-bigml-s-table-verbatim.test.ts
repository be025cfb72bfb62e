import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { hasSource, readBigmlSource, SOURCE_PATH } from '../support/bigml-source.ts';

// The shared source sits beside the repository on CI and on the team's
// machines; a contributor without it still runs every other test.
describe.skipIf(!hasSource())(`the catalog is BigML's table verbatim (${SOURCE_PATH})`, () => {
	// Entries seen elsewhere (provenance: observed) are not BigML's table; they are compared to their own sources' quotes elsewhere.
	// Retired entries keep their pages after they leave BigML's table, so they are not in it either.
	// Read only when the source is there: describe bodies run even when skipped.
	const groups = (hasSource() ? readCatalog('data') : []).map((group) => ({
		...group,
		codes: group.codes
			.filter((entry) => entry.provenance === 'documented' && entry.retired === undefined)
			.map(({ code, name, text }) => (name === undefined ? { code, text } : { code, name, text })),
	}));
	const sections = hasSource() ? readBigmlSource() : [];

	test('39 groups and 274 entries, as in the source', () => {
		expect(sections).toHaveLength(39);
		expect(sections.flatMap((s) => s.rows)).toHaveLength(274);
		expect(groups).toHaveLength(sections.length);
		expect(groups.flatMap((g) => g.codes)).toHaveLength(274);
	});

	test.each(sections.map((section, i) => [section.heading, i] as const))(
		'%s: every entry, in order, with its number, name and text unchanged',
		(heading, i) => {
			const group = groups[i];
			expect(group?.heading).toBe(heading);
			expect(group?.codes).toEqual(sections[i]?.rows);
		},
	);
});
