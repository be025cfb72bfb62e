import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { displayPath, listFolder, parseYamlFile } from './catalog-fs.ts';
import { CatalogError, fromFolderIssues, fromZodIssues, type CatalogProblem } from '../schemas/problem.ts';
import {
	guidanceFileName,
	guidanceFolderSchema,
	guidanceSchema,
	GUIDANCE_TYPES as TYPES,
	type Guidance,
} from '../schemas/guidance.ts';
import type { GuidanceByKind } from '../utils/guidance.ts';
import { KINDS, KINDS_BY_TYPE } from '../schemas/kind.ts';

/** Where guidance lives, relative to the project root: a subfolder, so the catalog loader does not read it as groups. */
export const GUIDANCE_DIR = 'data/guidance';

const fileSchema = z.record(z.string(), guidanceSchema);

/** Checks what the schema cannot: a file holds only kinds of its own type, with the fields that type needs. */
function checkFile(
	file: string,
	type: keyof typeof KINDS_BY_TYPE,
	guidance: Record<string, Guidance>,
): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	const allowed = KINDS_BY_TYPE[type] as readonly string[];
	for (const [kind, g] of Object.entries(guidance)) {
		if (!allowed.includes(kind)) {
			problems.push({
				file,
				at: kind,
				message: `is not a kind of ${type} codes: ${type}.yaml may hold only ${allowed.join(', ')} (new kinds go in src/schemas/kind.ts first)`,
			});
		}
		if ((type === 'status') !== (g.lifecycle !== undefined)) {
			problems.push({
				file,
				at: `${kind} › lifecycle`,
				message:
					type === 'status'
						? 'is missing: every task status kind needs its place in the lifecycle (phase and final)'
						: 'is only for task statuses: remove it',
			});
		}
		g.bigml?.forEach((citation, i) => {
			if (!citation.repository.startsWith('bigmlcom/')) {
				problems.push({
					file,
					at: `${kind} › bigml[${i}] › repository`,
					message: `"${citation.repository}" is not one of BigML's official repositories (bigmlcom/…): only BigML's own bindings may be quoted as BigML's word; put other sources in the general advice`,
				});
			}
		});
	}
	return problems;
}

/**
 * Reads the guidance folder: one file per group type (`http.yaml`,
 * `status.yaml`, `general.yaml`, `family.yaml`), each mapping kinds to their
 * guidance. Throws a {@link CatalogError} naming every problem, including any
 * kind left without guidance, so a code never reaches a page without it.
 */
export function readGuidance(dir: string): GuidanceByKind {
	const problems: CatalogProblem[] = [];
	const found: Partial<GuidanceByKind> = {};
	const entries = listFolder(dir, 'the guidance folder');
	const listing = guidanceFolderSchema.safeParse(entries.map(({ name, type }) => ({ name, type })));
	if (!listing.success) problems.push(...fromFolderIssues(displayPath(dir), listing.error.issues, entries));
	for (const type of TYPES) {
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
		const result = fileSchema.safeParse(data);
		if (!result.success) {
			problems.push(...fromZodIssues(file, result.error.issues, data));
			continue;
		}
		problems.push(...checkFile(file, type, result.data));
		Object.assign(found, result.data);
	}
	for (const kind of KINDS) {
		if (!found[kind]) {
			problems.push({
				file: dir,
				at: kind,
				message: `has no guidance: add "${kind}" to the file of its group type`,
			});
		}
	}
	if (problems.length > 0) throw new CatalogError(problems);
	return found as GuidanceByKind;
}
