import { CatalogError } from './catalog-fs.ts';
import { readYamlFolder } from './yaml-folder-fs.ts';
import { checkNotCodes, notCodesFileSchema, type NotCode } from '../schemas/not-code.ts';

/** Where numbers that are not BigML.io codes live, relative to the project root (a subfolder: not catalog groups). */
export const NOT_CODES_DIR = 'data/not-codes';

/**
 * Reads `data/not-codes/`: one YAML file per origin of such numbers. Throws a
 * {@link CatalogError} naming every problem, including a number two files list.
 */
export function readNotCodes(dir: string): NotCode[] {
	const { files, problems } = readYamlFolder(dir, {
		what: 'the not-codes folder',
		name: /\.yaml$/,
		misnamed: 'is not a YAML file: name each origin of numbers <origin>.yaml',
		empty: 'is empty: it needs origin, explanation and numbers',
		schema: notCodesFileSchema,
	});
	const found: NotCode[] = [];
	for (const { file, data } of files) {
		problems.push(...checkNotCodes(data).map(({ at, message }) => ({ file, at, message })));
		const { origin, explanation, numbers } = data;
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
