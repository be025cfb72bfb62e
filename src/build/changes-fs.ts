import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CatalogError, fromZodIssues, parseYamlFile, type CatalogProblem } from './catalog-fs.ts';
import { changeLogIssues, changeLogSchema, type ChangeLog } from '../schemas/change.ts';
import type { Group } from '../schemas/group.ts';

/**
 * Where the change log lives inside a catalog folder: a subfolder, so the group reader does not take it
 * for a group, and inside the folder, so the catalog version (a hash of the folder) moves with it.
 */
export const CHANGE_LOG_FILE = 'history/changes.yaml';

/** The log of a catalog that has none yet: nothing recorded, never synced. */
export const EMPTY_CHANGE_LOG: ChangeLog = { changes: [] };

/**
 * Parses and validates the change log's text against its schema and against the catalog it belongs to.
 * Returns the log, or the problems that keep it out (never both).
 */
export function parseChangeLogFile(
	file: string,
	bytes: Uint8Array | string,
	groups: readonly Group[],
): { log: ChangeLog; problems?: never } | { log?: never; problems: CatalogProblem[] } {
	const { data, problems } = parseYamlFile(
		file,
		bytes,
		'is empty: it needs `changes:` (an empty list, `changes: []`, until the first change); or delete the file',
	);
	if (problems) return { problems };
	const result = changeLogSchema.safeParse(data);
	if (!result.success) return { problems: fromZodIssues(file, result.error.issues, data) };
	const issues = changeLogIssues(result.data, groups);
	if (issues.length > 0) {
		return {
			problems: fromZodIssues(
				file,
				issues.map((issue) => ({ code: 'custom', input: undefined, ...issue })),
				data,
			),
		};
	}
	return { log: result.data };
}

/**
 * Reads the change log of a catalog folder (`<dir>/history/changes.yaml`); a folder without one has an
 * empty log. Throws a {@link CatalogError} naming file, entry and fix when it is wrong, so a bad log
 * never builds.
 */
export function readChangeLog(dir: string, groups: readonly Group[]): ChangeLog {
	const path = join(dir, CHANGE_LOG_FILE);
	if (!existsSync(path)) return EMPTY_CHANGE_LOG;
	const result = parseChangeLogFile(relative(process.cwd(), path) || path, readFileSync(path), groups);
	if (result.problems) throw new CatalogError(result.problems);
	return result.log;
}
