// Node-only: lists a folder of `data/` and reads its files; the rules they are checked by live in src/schemas/.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { CatalogError, fromZodIssues, parseYamlFile, type CatalogProblem } from './catalog-fs.ts';

/** One file of the folder that parsed and passed its schema. */
export interface YamlFolderFile<T> {
	/** The file, relative to the working directory, as problems name it. */
	file: string;
	/** The file's name without `.yaml`: the entry's id where the folder names entries by file. */
	id: string;
	data: T;
}

/**
 * Reads every file of a folder of YAML entries (`data/recipes/`,
 * `data/not-codes/`): a name that does not match is refused by name, and each
 * file's YAML and schema problems are collected, so the caller can report
 * every problem at once. Throws only when the folder itself cannot be read.
 */
export function readYamlFolder<T>(
	dir: string,
	options: {
		/** What the folder is, for the message when it is missing ("the recipes folder"). */
		what: string;
		/** The names the folder's files may have. */
		name: RegExp;
		/** What to do about a file whose name does not match. */
		misnamed: string;
		/** What an empty file lacks. */
		empty: string;
		schema: z.ZodType<T>;
	},
): { files: YamlFolderFile<T>[]; problems: CatalogProblem[] } {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		throw new CatalogError([{ file: dir, at: '', message: `cannot be read: ${options.what} is missing` }]);
	}
	const files: YamlFolderFile<T>[] = [];
	const problems: CatalogProblem[] = [];
	for (const name of names) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path) || path;
		if (!options.name.test(name)) {
			problems.push({ file, at: '', message: options.misnamed });
			continue;
		}
		const { data, problems: yamlProblems } = parseYamlFile(file, readFileSync(path), options.empty);
		if (yamlProblems) {
			problems.push(...yamlProblems);
			continue;
		}
		const result = options.schema.safeParse(data);
		if (!result.success) problems.push(...fromZodIssues(file, result.error.issues, data));
		else files.push({ file, id: basename(name, '.yaml'), data: result.data });
	}
	return { files, problems };
}
