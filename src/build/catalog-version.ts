import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogVersion } from '../schemas/catalog-export.ts';

/** Every file under a folder, as paths relative to it, sorted so the hash does not depend on the file system's order. */
function filesUnder(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name), root) : [relative(root, join(dir, d.name))]))
		.sort();
}

/** Hashes a folder's files, paths included. */
export function hashFolder(dir: string): string {
	const hash = createHash('sha256');
	for (const file of filesUnder(dir)) {
		hash
			.update(file.split('\\').join('/'))
			.update('\0')
			.update(readFileSync(join(dir, file)))
			.update('\0');
	}
	return `sha256-${hash.digest('hex')}`;
}

/** The date the folder last changed in git, or undefined where git cannot say (no history, or uncommitted changes). */
function lastCommitDate(dir: string): string | undefined {
	try {
		const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' }).trim();
		if (run('status', '--porcelain', '--', '.') !== '') return undefined;
		return run('log', '-1', '--format=%cs', '--', '.') || undefined;
	} catch {
		return undefined;
	}
}

const versions = new Map<string, CatalogVersion>();

/** The version of the catalog in a folder, computed once per build. */
export function catalogVersion(dir: string): CatalogVersion {
	let version = versions.get(dir);
	if (!version) {
		version = { date: lastCommitDate(dir) ?? new Date().toISOString().slice(0, 10), hash: hashFolder(dir) };
		versions.set(dir, version);
	}
	return version;
}

/** The catalog folder this build reads (`$CATALOG_DIR` for tests and benchmarks, else `data/`). */
export const catalogDir = () => process.env['CATALOG_DIR'] ?? 'data';

/** The short form of a version's hash, for the footer: 12 hexadecimal characters. */
export const shortHash = (version: CatalogVersion) => version.hash.replace(/^sha256-/, '').slice(0, 12);
