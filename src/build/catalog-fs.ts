import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Group } from '../schemas/group.ts';
import {
	catalogFolderSchema,
	catalogSchema,
	groupFileSchema,
	groupFiles,
	MAX_FILE_BYTES,
	type FolderEntry,
} from '../schemas/catalog.ts';
import {
	CatalogError,
	describePath,
	fromFolderIssues,
	fromWrappedIssues,
	fromZodIssues,
	type CatalogProblem,
} from '../schemas/problem.ts';

// The problem format and the size limit are declared with the rules (src/schemas/); re-exported for the build's readers.
export { CatalogError, fromZodIssues, MAX_FILE_BYTES, type CatalogProblem };

/** Says where bytes stop being UTF-8, and what they probably are instead. */
function encodingClue(bytes: Uint8Array): string {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return ' (it is saved as UTF-16)';
	}
	const lenient = new TextDecoder('utf-8').decode(bytes);
	const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
	return ` (from line ${line}; it is probably saved as Latin-1 or Windows-1252)`;
}

/** How to fix the YAML mistakes a hand-edited catalog file is likely to have. */
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
	DUPLICATE_KEY: 'a key is written twice in the same entry; keep one',
	TAB_AS_INDENT: 'indent with spaces, never tabs',
	MISSING_CHAR: 'a quote or bracket is not closed; the file may have been cut short, so compare it with git',
	BAD_INDENT: 'align the entry with its siblings',
};

/** The path (`codes`, 1, `text`) of the deepest entry of a parsed YAML file that covers a character offset. */
function yamlPathAt(node: unknown, offset: number, path: PropertyKey[] = []): PropertyKey[] {
	const covers = (start: number | undefined, end: number | undefined) =>
		start !== undefined && end !== undefined && start <= offset && offset <= end;
	// Ranges end where the value ends (range[1]), before the line break, so an error on the next line is not pinned here.
	if (isMap(node)) {
		for (const pair of node.items) {
			const key = isScalar(pair.key) ? pair.key : undefined;
			const value = isNode(pair.value) ? pair.value : undefined;
			if (covers(key?.range?.[0], value?.range?.[1] ?? key?.range?.[1])) {
				return yamlPathAt(pair.value, offset, [...path, String(key?.value)]);
			}
		}
	} else if (isSeq(node)) {
		const index = node.items.findIndex((item) => isNode(item) && covers(item.range?.[0], item.range?.[1]));
		if (index >= 0) return yamlPathAt(node.items[index], offset, [...path, index]);
	}
	return path;
}

/** Aliases a file may expand, all told (yaml's own default): a real catalog file uses none. */
const MAX_ALIASES = 100;

/**
 * The plain data of a parsed file. yaml refuses a file whose aliases expand
 * past {@link MAX_ALIASES} (a "billion laughs" bomb) by throwing; that, like
 * any other failure to read the file, becomes a problem naming the file.
 */
function toData(doc: Document): { data: unknown; error?: never } | { data?: never; error: string } {
	try {
		return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
	} catch (error) {
		const reason = (error as Error).message;
		return {
			error: /alias/i.test(reason)
				? `uses aliases (*name) that expand to more than ${MAX_ALIASES} copies, as a "billion laughs" attack does: write each entry out in full instead of repeating it through anchors (&name) and aliases`
				: `cannot be read as YAML (${reason}): compare it with its last good version in git`,
		};
	}
}

/**
 * Reads one YAML file of the catalog folder: checks its size, encoding and
 * syntax. Returns the parsed data, or the problems that keep it out (never both).
 */
export function parseYamlFile(
	file: string,
	bytes: Uint8Array | string,
	empty: string,
): { data: unknown; problems?: never } | { data?: never; problems: CatalogProblem[] } {
	const fail = (message: string, at = '') => ({ problems: [{ file, at, message }] });
	if (bytes.length > MAX_FILE_BYTES) {
		return fail(
			`is ${bytes.length} bytes, over the ${MAX_FILE_BYTES} a catalog file may have: split the group or remove what is not a code`,
		);
	}
	let text: string;
	try {
		text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail(
			`is not valid UTF-8${encodingClue(bytes as Uint8Array)}: save it as UTF-8 (BigML's texts must stay verbatim, so re-encode rather than retype)`,
		);
	}
	// Silent: yaml would print its warnings (a key that is a list, in a broken file) without the file's name; its
	// errors are still collected in doc.errors, and the first one becomes the problem below.
	const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true, logLevel: 'silent' });
	const yamlError = doc.errors[0];
	if (yamlError) {
		const [line, col] = yamlError.linePos?.[0] ? [yamlError.linePos[0].line, yamlError.linePos[0].col] : [0, 0];
		// yaml repeats the position at the end of its first line ("… at line 5, column 1:"); it is given once here.
		const reason = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
		const hint = YAML_HINTS[yamlError.code];
		const at = describePath(yamlPathAt(doc.contents, yamlError.pos[0]), toData(doc).data);
		return fail(`is not valid YAML at line ${line}, column ${col}: ${reason}${hint ? `; ${hint}` : ''}`, at);
	}
	const { data, error } = toData(doc);
	if (error) return fail(error);
	if (data === null || data === undefined) return fail(empty);
	return { data };
}

/**
 * Parses and validates one catalog file. Returns the group, or the problems
 * that keep it out of the catalog (never both).
 */
export function parseGroupFile(
	file: string,
	bytes: Uint8Array | string,
): { group: Group; problems?: never } | { group?: never; problems: CatalogProblem[] } {
	const { data, problems } = parseYamlFile(
		file,
		bytes,
		'is empty: a group file needs slug, order, type, title, heading, description and codes',
	);
	if (problems) return { problems };
	const result = groupFileSchema.safeParse({ name: basename(file), group: data });
	if (!result.success) return { problems: fromWrappedIssues(file, result.error.issues, data) };
	return { group: result.data.group };
}

/** A path as problems name it: relative to the working directory, as `data/model.yaml`. */
export const displayPath = (path: string) => relative(process.cwd(), path) || path;

/**
 * The entries of a folder, sorted by name, each with what it is (links are
 * followed) and its path as problems name it. Throws a {@link CatalogError}
 * naming the folder when it cannot be read.
 */
export function listFolder(dir: string, what: string): (FolderEntry & { file: string })[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		throw new CatalogError([
			{ file: displayPath(dir), at: '', message: `cannot be read: ${what} is missing; check the path` },
		]);
	}
	return names.map((name) => {
		const path = join(dir, name);
		let type: FolderEntry['type'] = 'other';
		try {
			const stat = statSync(path);
			type = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
		} catch {
			// A link to nothing: it stays "other", and the folder's rules refuse it by name.
		}
		return { name, type, file: displayPath(path) };
	});
}

/**
 * Reads a catalog folder: checks that it holds only what it may
 * ({@link catalogFolderSchema}), reads and validates every group file, then
 * the catalog as a whole, and returns the groups in catalog order. Throws a
 * {@link CatalogError} naming every problem when anything is wrong, so a bad
 * catalog never builds.
 */
export function readCatalog(dir: string): Group[] {
	const entries = listFolder(dir, 'the catalog folder');
	const listing = catalogFolderSchema.safeParse(entries.map(({ name, type }) => ({ name, type })));
	const problems = listing.success ? [] : fromFolderIssues(displayPath(dir), listing.error.issues, entries);
	const parsed: { file: string; group: Group }[] = [];
	for (const name of groupFiles(entries)) {
		const path = join(dir, name);
		const file = displayPath(path);
		const size = statSync(path).size;
		const result = parseGroupFile(file, size > MAX_FILE_BYTES ? new Uint8Array(size) : readFileSync(path));
		if (result.problems) problems.push(...result.problems);
		else parsed.push({ file, group: result.group });
	}
	const whole = catalogSchema.safeParse(parsed);
	if (!whole.success) problems.push(...fromFolderIssues(displayPath(dir), whole.error.issues, parsed));
	if (problems.length > 0) throw new CatalogError(problems);
	return parsed.map((p) => p.group).sort((a, b) => a.order - b.order);
}
