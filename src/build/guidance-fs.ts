import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, listFolder, parseYamlFile } from './catalog-fs.ts';
import {
	CatalogError,
	fromFolderIssues,
	fromWrappedIssues,
	fromZodIssues,
	type CatalogProblem,
} from '../schemas/problem.ts';
import {
	guidanceByKindSchema,
	guidanceFileName,
	guidanceFileSchema,
	guidanceFolderSchema,
	GUIDANCE_TYPES,
} from '../schemas/guidance.ts';
import type { GuidanceByKind } from '../utils/guidance.ts';

/** Where guidance lives, relative to the project root: a subfolder, so the catalog loader does not read it as groups. */
export const GUIDANCE_DIR = 'data/guidance';

/**
 * Reads the guidance folder: one file per group type (`http.yaml`,
 * `status.yaml`, `general.yaml`, `family.yaml`), each mapping kinds to their
 * guidance. Throws a {@link CatalogError} naming every problem, including any
 * kind left without guidance, so a code never reaches a page without it.
 */
export function readGuidance(dir: string): GuidanceByKind {
	const problems: CatalogProblem[] = [];
	const found: Partial<GuidanceByKind> = {};
	const present: Record<string, unknown> = {};
	const entries = listFolder(dir, 'the guidance folder');
	const listing = guidanceFolderSchema.safeParse(entries.map(({ name, type }) => ({ name, type })));
	if (!listing.success) problems.push(...fromFolderIssues(displayPath(dir), listing.error.issues, entries));
	for (const type of GUIDANCE_TYPES) {
		const entry = entries.find((e) => e.name === guidanceFileName(type) && e.type === 'file');
		if (!entry) continue;
		const { file } = entry;
		const path = join(dir, entry.name);
		const { data, problems: yamlProblems } = parseYamlFile(
			file,
			readFileSync(path),
			'is empty: map each kind to its guidance',
		);
		if (yamlProblems) {
			problems.push(...yamlProblems);
			continue;
		}
		// A kind written in a file counts as present even while its guidance has problems, which are named anyway.
		if (data && typeof data === 'object') Object.assign(present, data);
		const result = guidanceFileSchema.safeParse({ type, guidance: data });
		if (result.success) Object.assign(found, result.data.guidance);
		else problems.push(...fromWrappedIssues(file, result.error.issues, data));
	}
	const all = guidanceByKindSchema.safeParse(present);
	if (!all.success) problems.push(...fromZodIssues(displayPath(dir), all.error.issues, present));
	if (problems.length > 0) throw new CatalogError(problems);
	return found as GuidanceByKind;
}
