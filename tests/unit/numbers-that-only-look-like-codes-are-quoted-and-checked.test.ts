import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CatalogError } from '../../src/build/catalog-fs.ts';
import { NOT_CODES_DIR, readNotCodes } from '../../src/build/not-codes-fs.ts';

const real = () => parse(readFileSync(join(NOT_CODES_DIR, 'apple-sdks.yaml'), 'utf8')) as Record<string, any>;

/** Writes a not-codes folder with the given files and returns the reader's complaint. */
function problemsWith(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'not-codes-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, `${name}.yaml`), stringify(content));
	try {
		readNotCodes(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(CatalogError);
		return (error as Error).message;
	}
	throw new Error('the folder was accepted');
}

describe('numbers that only look like codes are quoted and checked', () => {
	test('each number is quoted from the line that makes it up, at a full commit, once', () => {
		const numbers = readNotCodes(NOT_CODES_DIR);
		expect(numbers.length).toBeGreaterThan(0);
		expect(new Set(numbers.map((n) => n.number)).size).toBe(numbers.length);
		for (const n of numbers) {
			expect(n.source.quote).toContain(String(n.number));
			expect(n.source.commit).toMatch(/^[0-9a-f]{40}$/);
			expect(n.origin.trim()).not.toBe('');
		}
	});

	test('a quote that does not show its number is refused', () => {
		const file = real();
		file.numbers[0].source.quote = 'error = [NSError errorWithInfo:@"Bad response format."];';
		expect(problemsWith({ 'apple-sdks': file })).toMatch(
			/apple-sdks\.yaml at numbers\[0\] \(-10000\) › source › quote: does not show -10000/,
		);
	});

	test('a number listed twice, in one file or in two, is refused', () => {
		const file = real();
		const other = { ...real(), origin: 'Someone else', numbers: [file.numbers[1]] };
		file.numbers.push(file.numbers[0]);
		const message = problemsWith({ 'apple-sdks': file, other });
		expect(message).toMatch(/apple-sdks\.yaml at numbers\[\d+\] \(-10000\) › number: is listed twice/);
		expect(message).toMatch(/other\.yaml at numbers \(-10001\): is also listed for BigML's iOS and macOS SDKs/);
	});
});
