import { expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { KINDS_BY_TYPE } from '../../src/schemas/kind.ts';
import { NUMBERING_EXCEPTIONS } from '../../src/schemas/numbering.ts';
import { kindOfNumber } from '../../tools/lib/kind-of-number.ts';

const groups = readCatalog('data');
/** Where the catalog's kind is not the one the number gives: the exceptions the build itself declares. */
const EXCEPTIONS = new Set(Object.keys(NUMBERING_EXCEPTIONS));

test.each(groups.flatMap((g) => g.codes.map((c) => [`${g.slug}/${c.code}`, g.type, c.code, c.kind] as const)))(
	'%s: the kind its number implies is its kind in the catalog, or is marked a guess',
	(id, type, code, kind) => {
		const implied = kindOfNumber(type, code);
		expect(KINDS_BY_TYPE[type] as readonly string[]).toContain(implied.kind);
		if (EXCEPTIONS.has(id)) expect(implied.kind).not.toBe(kind);
		else if (implied.by === 'pattern') expect(implied.kind).toBe(kind);
	},
);

test('a number outside every rule gets a kind of its group type, marked as a guess with the reason', () => {
	expect(kindOfNumber('family', -4006)).toEqual({
		kind: 'not-available',
		by: 'guess',
		why: "BigML's numbering has no …006",
	});
	expect(kindOfNumber('http', 418).by).toBe('guess');
	expect(kindOfNumber('status', 7)).toMatchObject({ kind: 'status-unknown', by: 'guess' });
	expect(kindOfNumber('general', -1110)).toMatchObject({ kind: 'general-limit', by: 'pattern' });
});
