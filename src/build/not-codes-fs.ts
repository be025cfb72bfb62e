import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CatalogError, fromZodIssues, parseYamlFile, type CatalogProblem } from './catalog-fs.ts';
import { checkNotCodes, notCodesFileSchema, type NotCode } from '../schemas/not-code.ts';

/** Where numbers that are not BigML.io codes live, relative to the project root (a subfolder: not catalog groups). */
export const NOT_CODES_DIR = 'data/not-codes';

/**
 * Reads `data/not-codes/`: one YAML file per origin of such numbers. Throws a
 * {@link CatalogError} naming every problem, including a number two files list.
 */
export function readNotCodes(dir: string): NotCode[] {
	const problems: CatalogProblem[] = [];
	const found: NotCode[] = [];
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		throw new CatalogError([{ file: dir, at: '', message: 'cannot be read: the not-codes folder is missing' }]);
	}
	for (const name of names) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path) || path;
		if (!name.endsWith('.yaml')) {
			problems.push({ file, at: '', message: 'is not a YAML file: name each origin of numbers <origin>.yaml' });
			continue;
		}
		const { data, problems: yamlProblems } = parseYamlFile(
			file,
			readFileSync(path),
			'is empty: it needs origin, explanation and numbers',
		);
		if (yamlProblems) {
			problems.push(...yamlProblems);
			continue;
		}
		const result = notCodesFileSchema.safeParse(data);
		if (!result.success) {
			problems.push(...fromZodIssues(file, result.error.issues, data));
			continue;
		}
		const issues = checkNotCodes(result.data);
		problems.push(...issues.map(({ at, message }) => ({ file, at, message })));
		const { origin, explanation, numbers } = result.data;
		for (const entry of numbers) {
			const other = found.find((n) => n.number === entry.number && n.origin !== origin);
			if (other) {
				problems.push({
					file,
					at: `numbers (${entry.number})`,
					message: `is also listed for ${other.origin}: one number, one explanation`,
				});
			}
			found.push({ ...entry, origin, explanation });
		}
	}
	if (problems.length > 0) throw new CatalogError(problems);
	return found;
}
