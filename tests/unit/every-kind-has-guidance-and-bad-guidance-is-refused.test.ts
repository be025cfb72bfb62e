import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CatalogError, readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { KINDS } from '../../src/schemas/kind.ts';

const real = (type: string) => parse(readFileSync(join(GUIDANCE_DIR, `${type}.yaml`), 'utf8')) as Record<string, any>;

/** Writes a guidance folder made of the real files with some replaced, and returns the problems it has. */
function problemsWith(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'guidance-'));
	const all = {
		http: real('http'),
		status: real('status'),
		general: real('general'),
		family: real('family'),
		...files,
	};
	for (const [name, content] of Object.entries(all)) writeFileSync(join(dir, `${name}.yaml`), stringify(content));
	try {
		readGuidance(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(CatalogError);
		return (error as Error).message;
	}
	throw new Error('the guidance was accepted');
}

describe('every kind has guidance, and bad guidance is refused', () => {
	const guidance = readGuidance(GUIDANCE_DIR);

	test('every kind has guidance, and every code of the catalog has a kind with guidance', () => {
		expect(Object.keys(guidance).sort()).toEqual([...KINDS].sort());
		for (const group of readCatalog('data')) {
			for (const entry of group.codes) expect(guidance[entry.kind], `${group.slug}/${entry.code}`).toBeDefined();
		}
	});

	test('the summary is one line, short enough for a ticket', () => {
		for (const g of Object.values(guidance)) {
			expect(g.summary).not.toContain('\n');
			expect(g.summary.length).toBeLessThanOrEqual(200);
		}
	});

	test('a kind left without guidance is named', () => {
		const { 'cannot-clone': _dropped, ...family } = real('family');
		expect(problemsWith({ family })).toMatch(/at cannot-clone: has no guidance: add "cannot-clone"/);
	});

	test('a kind in the wrong file is named with the kinds that file may hold', () => {
		const general = { ...real('general'), 'not-ready': real('family')['not-ready'] };
		expect(problemsWith({ general })).toMatch(/general\.yaml at not-ready: is not a kind of general codes/);
	});

	test('only BigML’s own repositories may be quoted as BigML’s word', () => {
		const http = real('http');
		http['http-not-found'].bigml[0].repository = 'someone/else';
		expect(problemsWith({ http })).toMatch(
			/http-not-found › bigml\[0\] › repository: "someone\/else" is not one of BigML's official repositories/,
		);
	});

	test('a task status kind needs its place in the lifecycle, and only task statuses have one', () => {
		const status = real('status');
		delete status['status-finished'].lifecycle;
		const family = real('family');
		family['not-ready'].lifecycle = { phase: 'done', final: true };
		const message = problemsWith({ status, family });
		expect(message).toMatch(/status-finished › lifecycle: is missing/);
		expect(message).toMatch(/not-ready › lifecycle: is only for task statuses/);
	});

	test('a field of the wrong shape is named with the kind it is in', () => {
		const family = real('family');
		family['faulty'].retry.verdict = 'maybe';
		expect(problemsWith({ family })).toMatch(/family\.yaml at faulty › retry › verdict/);
	});
});
