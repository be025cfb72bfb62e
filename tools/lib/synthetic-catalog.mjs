// Writes a synthetic catalog of about `size` codes into a folder, shaped like
// the real one: the real HTTP, status and general groups, then resource
// families under BigML's five categories, numbered as BigML numbers them (so
// the build accepts them), with numbers shared between two families (as
// -30021 and -40021 are) and texts as long as BigML's longest.
// Deterministic: the same size always gives the same catalog.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { KIND_BY_ENDING } from '../../src/schemas/numbering.ts';

const CATEGORIES = ['data', 'supervised', 'unsupervised', 'predictions', 'whizzml'];
const CODES_PER_FAMILY = 100;
const WORDS = (
	'the resource dataset model source request cannot be created retrieved deleted now properly ' +
	'because your subscription limit task field value parameter format invalid missing export ' +
	'prediction cluster anomaly ensemble script execution library evaluation sample correlation'
).split(' ');

/** 1 → a, 27 → aa: resource types in BigML ids are letters only. */
const letters = (n) => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));

/**
 * Family numbers, one-digit families first, each followed by its N×10 partner
 * (2, 20, 3, 30, … 9, 90, then 10, 11, …): a one-digit family writes its
 * "cannot be created now" code -N0021, which is also the -N021 of family N×10.
 */
function* familyNumbers() {
	const partners = [2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [n, n * 10]);
	yield* partners;
	for (let n = 10; ; n += 1) if (!partners.includes(n)) yield n;
}

/**
 * The kind of a code ending in `ending`: the one BigML's numbering gives it,
 * else one of the kinds the numbering gives no ending to, so every synthetic
 * code passes the build's rules.
 */
const kindOf = (ending) => KIND_BY_ENDING[ending] ?? (ending % 2 ? 'not-available' : 'unreadable');

/** A small seeded generator (mulberry32), so benchmarks compare like with like. */
function random(seed) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes the catalog and returns its size.
 * @param {string} dir folder to write into (created if missing)
 * @param {number} size number of codes wanted (the real groups included)
 * @param {string} realDir the real catalog, whose status groups are copied
 */
export function writeSyntheticCatalog(dir, size, realDir = 'data') {
	mkdirSync(dir, { recursive: true });
	const next = random(size);
	const sentence = () => {
		const length = 4 + Math.floor(next() * (next() < 0.1 ? 40 : 12));
		const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
		return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}`;
	};
	let total = 0;
	for (const slug of ['http', 'status', 'general']) {
		const group = parse(readFileSync(join(realDir, `${slug}.yaml`), 'utf8'));
		total += group.codes.length;
		writeFileSync(join(dir, `${slug}.yaml`), stringify(group, { lineWidth: 0 }));
	}
	const numbers = familyNumbers();
	for (let i = 1; total < size; i += 1) {
		const count = Math.min(CODES_PER_FAMILY, size - total);
		// Family N numbers its codes -N000, -N001, …, the last three digits giving the kind.
		const n = numbers.next().value;
		const codes = Array.from({ length: count }, (_, j) => ({
			code: -(n * 1000 + j),
			kind: kindOf(j),
			text: sentence(),
		}));
		if (n < 10 && count > 21) codes[21].code = -(n * 10000 + 21);
		const slug = `family-${String(i).padStart(4, '0')}`;
		const group = {
			slug,
			order: 1000 + i,
			type: 'family',
			title: `Family ${i}`,
			noun: `resource ${i}`,
			category: CATEGORIES[i % CATEGORIES.length],
			resource: `resource${letters(i)}`,
			heading: `Family ${i} Error Code Summary`,
			description: `Synthetic family ${i}, for benchmarks.`,
			codes,
		};
		writeFileSync(join(dir, `${slug}.yaml`), stringify(group, { lineWidth: 0 }));
		total += count;
	}
	return total;
}
