import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The source tree says where code runs: `src/utils` and `src/schemas` run
 * anywhere (browser, build, Node tools), `src/browser` ships to the browser,
 * `src/build` runs in Node at build time. These tests read every import of
 * `src/` and check that no module reaches code that cannot run where it
 * does, and that no module imports itself through others.
 */

const SRC = 'src';
const CODE = /\.(ts|astro|mdx)$/;
const IMPORT =
	/(?:^|\n)\s*import\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every source file under a folder. */
const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? filesUnder(join(dir, d.name)) : CODE.test(d.name) ? [join(dir, d.name)] : [],
	);

/** Each file's imports: relative ones resolved to repository paths, bare ones as written. */
const imports = new Map(
	filesUnder(SRC).map((file) => {
		const specs = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
		return [
			file,
			specs.map((spec) => (spec.startsWith('.') ? relative('.', resolve(dirname(file), spec)) : spec)),
		] as const;
	}),
);

/** The folders whose code must run anywhere, and what each runtime may not import. */
const RULES: { folder: string; runs: string; forbidden: (spec: string) => boolean }[] = [
	{
		folder: 'src/utils/',
		runs: 'anywhere (browser, build and Node tools)',
		forbidden: (s) => /^node:|^astro:/.test(s) || /^src\/(build|browser|components|pages|layouts)\//.test(s),
	},
	{
		folder: 'src/schemas/',
		runs: 'anywhere (the build and the browser both check data with them)',
		forbidden: (s) => /^node:|^astro:/.test(s) || /^src\/(build|browser|components|pages|layouts)\//.test(s),
	},
	{
		folder: 'src/browser/',
		runs: 'in the browser',
		forbidden: (s) => /^node:|^astro:/.test(s) || /^src\/(build|components|pages|layouts)\//.test(s),
	},
];

describe('code imports only what may run where it runs', () => {
	for (const { folder, runs, forbidden } of RULES) {
		test(`${folder} runs ${runs}, so it imports no Node, Astro or build-time module`, () => {
			const wrong = [...imports]
				.filter(([file]) => file.startsWith(folder))
				.flatMap(([file, specs]) => specs.filter(forbidden).map((spec) => `${file} imports ${spec}`));
			expect(wrong, 'move the shared part into src/utils/, or the Node part into src/build/').toEqual([]);
		});
	}

	test('no module imports itself through others', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'visiting' | 'done'>();
		const visit = (file: string, trail: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'visiting') {
				cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
				return;
			}
			state.set(file, 'visiting');
			for (const next of imports.get(file) ?? []) if (imports.has(next)) visit(next, [...trail, file]);
			state.set(file, 'done');
		};
		for (const file of imports.keys()) visit(file, []);
		expect(cycles, 'break each circle: move what both sides need into a module of its own').toEqual([]);
	});

	test('the import reader sees the imports it checks', () => {
		// Guards the checks above against a reader that finds nothing and so passes everything.
		expect(imports.get('src/browser/search/controller.ts')).toContain('src/browser/search/combobox.ts');
		expect(imports.get('src/build/catalog-fs.ts')).toContain('node:fs');
	});
});
