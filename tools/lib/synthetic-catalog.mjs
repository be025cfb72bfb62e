// Writes a synthetic catalog of about `size` codes into a folder, shaped like
// the real one: the real HTTP, status and general groups, then resource
// families under BigML's five categories, with numbers shared between two
// families (as -30021 and -40021 are) and texts as long as BigML's longest.
// Deterministic: the same size always gives the same catalog.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const CATEGORIES = ['data', 'supervised', 'unsupervised', 'predictions', 'whizzml'];
const CODES_PER_FAMILY = 100;
const WORDS = (
	'the resource dataset model source request cannot be created retrieved deleted now properly ' +
	'because your subscription limit task field value parameter format invalid missing export ' +
	'prediction cluster anomaly ensemble script execution library evaluation sample correlation'
).split(' ');

/** 1 → a, 27 → aa: resource types in BigML ids are letters only. */
const letters = (n) => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));

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
	// Kinds are borrowed from a real family, in its order, so every synthetic code passes the schema.
	const kinds = parse(readFileSync(join(realDir, 'model.yaml'), 'utf8')).codes.map((entry) => entry.kind);
	const kind = (j) => kinds[j % kinds.length];
	let previous;
	for (let i = 1; total < size; i += 1) {
		const count = Math.min(CODES_PER_FAMILY, size - total);
		const base = -(100_000 + i * 1000);
		const codes = Array.from({ length: count }, (_, j) => ({ code: base - j, kind: kind(j), text: sentence() }));
		// Every tenth family reuses a number of the previous one, as real families do.
		if (i % 10 === 0 && previous) codes[count - 1] = { code: previous, kind: kind(count - 1), text: sentence() };
		previous = base - 1;
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
