import type { z } from 'astro/zod';

/**
 * One thing wrong with the catalog or the guidance, in the one format every
 * rule reports in: the file, where in it (the entry, then the field), what is
 * wrong, and how to fix it. Printed as
 * `data/model.yaml at codes[3] (-40021) › code: <what is wrong>: <how to fix it>`.
 */
export interface CatalogProblem {
	/** The file (or folder), relative to the working directory, e.g. `data/model.yaml`. */
	file: string;
	/** Where in the file: the entry, then the field (`codes[3] (-40021) › code`); empty for the whole file. */
	at: string;
	/** What is wrong, then how to fix it. */
	message: string;
}

/**
 * Thrown when the catalog cannot be published as it is. Its message lists
 * every problem found, one per line, each naming file, entry and fix.
 */
export class CatalogError extends Error {
	/** Every problem found, in file order. */
	readonly problems: CatalogProblem[];

	constructor(problems: CatalogProblem[]) {
		const lines = problems.map((p) => `  ${p.file}${p.at ? ` at ${p.at}` : ''}: ${p.message}`);
		super(
			`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n` +
				`${lines.join('\n')}\nFix the file${problems.length === 1 ? '' : 's'} above and build again (see CONTRIBUTING.md, "Adding a code").`,
		);
		this.name = 'CatalogError';
		this.problems = problems;
	}
}

/** Describes where an issue sits, naming a code entry by its number when it has one: `codes[3] (-40021) › text`. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
	const parts: string[] = [];
	let node: unknown = data;
	for (const key of path) {
		if (typeof key === 'number') {
			node = Array.isArray(node) ? node[key] : undefined;
			const code = (node as { code?: unknown } | undefined)?.code;
			const last = parts.pop() ?? '';
			parts.push(`${last}[${key}]${typeof code === 'number' ? ` (${code})` : ''}`);
		} else {
			node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
			parts.push(String(key));
		}
	}
	return parts.join(' › ');
}

/** The value at a path of parsed YAML, or `undefined` where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
		data,
	);
}

/** "an array", "a string". */
const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/**
 * Turns zod's issues about one file into problems a contributor can act on.
 * The rules in `src/schemas/` word their own messages; zod's generic ones
 * (a missing key, a wrong type, a value not in a list) are reworded here, so
 * that every message says what is wrong and how to fix it.
 */
export function fromZodIssues(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): CatalogProblem[] {
	return issues.map((issue) => {
		const value = valueAt(data, issue.path);
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.map((k) => `"${k}"`).join(', ');
			message = `unknown key ${keys}: check its spelling, or remove it (the allowed keys are in src/schemas/)`;
		} else if (issue.code === 'too_small' && issue.message.startsWith('Too small')) {
			message =
				issue.origin === 'array'
					? 'is empty: add at least one'
					: issue.origin === 'string'
						? 'must not be empty (spaces alone count as empty): write it, or remove the key'
						: `must be at least ${issue.minimum}, not ${JSON.stringify(value)}`;
		} else if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) {
			message = `is not one of the allowed values, ${JSON.stringify(value)}: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		} else if (issue.code === 'invalid_type' && value === undefined) {
			message = `is missing: add "${String(issue.path.at(-1))}"`;
		} else if (issue.code === 'invalid_type') {
			// Zod's default wording ("Invalid input: expected string") gives way to a plain sentence.
			const expected = issue.message.startsWith('Invalid input') ? `must be ${article(issue.expected)}` : issue.message;
			message = `${expected}, not ${JSON.stringify(value)}`;
		}
		return { file, at: describePath(issue.path, data), message };
	});
}

/**
 * Turns the issues of a schema that wraps a file's data under one key (a
 * group file is `{ name, group }`) into problems about that data: the key is
 * dropped from each path, since the file is already named as the problem's file.
 */
export function fromWrappedIssues(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): CatalogProblem[] {
	return fromZodIssues(
		file,
		issues.map((issue) => ({ ...issue, path: issue.path.slice(1) })),
		data,
	);
}

/**
 * Turns the issues of a schema that checks several files at once (a folder,
 * or the whole catalog) into problems, each tied to its own file: an issue at
 * `[i, key, …rest]` belongs to `entries[i].file`, at `rest` within its `key`;
 * an issue at `[]` belongs to the folder itself.
 */
export function fromFolderIssues(
	folder: string,
	issues: readonly z.core.$ZodIssue[],
	entries: readonly { file: string; [key: string]: unknown }[],
): CatalogProblem[] {
	return issues.flatMap((issue) => {
		const [index, key, ...rest] = issue.path;
		const entry = typeof index === 'number' ? entries[index] : undefined;
		if (!entry) return [{ file: folder, at: describePath(issue.path, undefined), message: issue.message }];
		if (key === undefined) return [{ file: entry.file, at: '', message: issue.message }];
		return fromZodIssues(entry.file, [{ ...issue, path: rest }], entry[String(key)]);
	});
}
