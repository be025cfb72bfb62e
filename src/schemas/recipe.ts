import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { KINDS, type Kind } from './kind.ts';

/** The languages every recipe is written in, in the order pages show them. */
export const LANGUAGES = ['python', 'node'] as const;

/** A recipe language. */
export type Language = (typeof LANGUAGES)[number];

/** How pages name each language. */
export const LANGUAGE_LABELS: Record<Language, string> = { python: 'Python', node: 'Node.js' };

/**
 * The official binding each language's recipe is written for, at the commit
 * its code was read at. The Node recipes run in the tests against the npm
 * package of that commit (`bigml` 1.28.0, pinned in package.json), so a note
 * about the Node binding quotes that very code; the Python notes quote
 * bigmlcom/python 9.8.3.
 */
export const BINDINGS: Record<Language, { repository: string; commit: string; version: string }> = {
	python: { repository: 'bigmlcom/python', commit: '73c97000235fda8ca988f20df5c57fdf4bf2f40f', version: '9.8.3' },
	node: { repository: 'bigmlcom/bigml-node', commit: '1872b0ec67b42dc8e92fad17120bfe1fef0cb4b3', version: '1.28.0' },
};

/**
 * What a Python recipe may import from BigML's bindings: the connection, the
 * task statuses (`bigml/constants.py:250-260`) and HTTP statuses
 * (`bigml/bigmlconnection.py:69-82`) that `bigml/api.py:92-101` re-exports,
 * and the exception `api.ok(raise_on_error=True)` raises. Each name was seen
 * working against a mock of BigML.io (see the research notes on the bindings).
 */
export const PYTHON_NAMES: Readonly<Record<string, readonly string[]>> = {
	'bigml.api': [
		'BigML',
		'WAITING',
		'QUEUED',
		'STARTED',
		'IN_PROGRESS',
		'SUMMARIZED',
		'FINISHED',
		'UPLOADING',
		'FAULTY',
		'UNKNOWN',
		'RUNNABLE',
		'HTTP_OK',
		'HTTP_CREATED',
		'HTTP_ACCEPTED',
		'HTTP_NO_CONTENT',
		'HTTP_BAD_REQUEST',
		'HTTP_UNAUTHORIZED',
		'HTTP_PAYMENT_REQUIRED',
		'HTTP_FORBIDDEN',
		'HTTP_NOT_FOUND',
		'HTTP_METHOD_NOT_ALLOWED',
		'HTTP_TOO_MANY_REQUESTS',
		'HTTP_LENGTH_REQUIRED',
		'HTTP_INTERNAL_SERVER_ERROR',
	],
	'bigml.exceptions': ['FaultyResourceError'],
};

/** Python's standard modules a recipe may import besides the bindings. */
export const PYTHON_STDLIB = ['time'] as const;

const sentence = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * A fact about a binding that a recipe relies on or works around, quoted from
 * the binding's code with its source. A trap is shown as a warning: the
 * binding does something a caller would not expect.
 */
export const bindingNoteSchema = citationSchema.extend({
	/** The binding surprises here (a callback that never comes, an error code that is lost). */
	trap: z.boolean().optional(),
	/** Shown only on the pages of these kinds, where it bites; on every page of the recipe when left out. */
	kinds: z.array(z.string()).min(1).optional(),
});

/** A validated note about a binding. */
export type BindingNote = z.infer<typeof bindingNoteSchema>;

/** One language's version of a recipe. */
export const snippetSchema = z.strictObject({
	/** The code, ready to paste: it runs as it is once the ids are the reader's own. */
	code: z
		.string()
		.trim()
		.min(1, { error: 'must not be empty: write the code' })
		.refine((code) => !code.includes('\t'), { error: 'must be indented with spaces, never tabs' }),
	/** What the binding does that the code relies on, each with its source. */
	notes: z
		.array(bindingNoteSchema)
		.min(1, { error: 'must quote at least one passage of the binding the code relies on' }),
});

/** A validated snippet. */
export type Snippet = z.infer<typeof snippetSchema>;

const branchName = z.string().regex(/^[a-z][a-z-]*$/, { error: 'must be a lower-case word, such as "faulty"' });

/**
 * What to write in code for one or more kinds of codes, in Python and in
 * Node.js with BigML's official bindings. Written once in `data/recipes/`,
 * shown on every code page of its kinds. Each branch of the code prints a
 * line that starts with a fixed word, so a reader sees which one ran, and the
 * tests run the Node code against a mock of BigML.io and check that a code of
 * each kind reaches the branch the recipe claims.
 */
export const recipeSchema = z.strictObject({
	/** What the code does, as a heading: "Wait until the resource is final". */
	title: sentence,
	/** One or two sentences before the code: how it detects the situation and what it does next. */
	summary: sentence,
	/** Which part of the advice is this site's own, not the bindings': BigML's sources call almost no code retriable. */
	ownAdvice: sentence,
	/** Each branch of the code, by name, and the words the line it prints starts with ("Faulty:"). */
	branches: z.record(branchName, z.string().trim().min(1)),
	/** Every kind the recipe serves, with the branch a code of that kind reaches. */
	kinds: z.record(z.string(), branchName),
	/** The Python version, with the bigml package. */
	python: snippetSchema,
	/** The Node.js version, with the bigml npm package. */
	node: snippetSchema,
});

/** A validated recipe, with the name of its file as its id. */
export type Recipe = z.infer<typeof recipeSchema> & { id: string };

/** One thing wrong with a recipe: where (`kinds › faulty`) and what to do. */
export interface RecipeIssue {
	at: string;
	message: string;
}

/** Module names and imported names of `from x import a, b` and `import x` lines. */
export function pythonImports(code: string): { module: string; names: string[] }[] {
	const imports: { module: string; names: string[] }[] = [];
	for (const line of code.split('\n')) {
		const from = /^\s*from\s+([\w.]+)\s+import\s+(.+)$/.exec(line);
		const plain = /^\s*import\s+([\w.,\s]+)$/.exec(line);
		if (from) {
			const names = from[2]!.replace(/[()]/g, '').split(',');
			imports.push({ module: from[1]!, names: names.map((n) => n.trim().split(/\s+as\s+/)[0]!).filter(Boolean) });
		} else if (plain) {
			for (const module of plain[1]!.split(',')) imports.push({ module: module.trim().split(/\s+/)[0]!, names: [] });
		}
	}
	return imports;
}

/** The modules a Node snippet loads with `require('…')` or `import … from '…'`. */
export function nodeModules(code: string): string[] {
	return [...code.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)|from\s+['"]([^'"]+)['"]/g)].map((m) => (m[1] ?? m[2])!);
}

/** Checks what the schema cannot within one recipe: known kinds, declared branches, printed words, imports, sources. */
export function checkRecipe(recipe: z.infer<typeof recipeSchema>): RecipeIssue[] {
	const issues: RecipeIssue[] = [];
	const known = KINDS as readonly string[];
	for (const [kind, branch] of Object.entries(recipe.kinds)) {
		if (!known.includes(kind)) {
			issues.push({
				at: `kinds › ${kind}`,
				message: `is not a kind: use one of the kinds in src/schemas/kind.ts, such as "cannot-create-now"`,
			});
		}
		if (!(branch in recipe.branches)) {
			issues.push({
				at: `kinds › ${kind}`,
				message: `names the branch "${branch}", which the recipe does not declare: add it to branches (${Object.keys(recipe.branches).join(', ')})`,
			});
		}
	}
	for (const [branch, words] of Object.entries(recipe.branches)) {
		for (const language of LANGUAGES) {
			if (!recipe[language].code.includes(words)) {
				issues.push({
					at: `branches › ${branch}`,
					message: `the ${LANGUAGE_LABELS[language]} code never prints "${words}": every branch starts its line with the same words in both languages, so a reader (and the tests) can tell which branch ran`,
				});
			}
		}
	}
	for (const { module, names } of pythonImports(recipe.python.code)) {
		if ((PYTHON_STDLIB as readonly string[]).includes(module)) continue;
		const allowed = PYTHON_NAMES[module];
		if (!allowed) {
			issues.push({
				at: 'python › code',
				message: `imports "${module}", which is neither bigml.api, bigml.exceptions nor ${PYTHON_STDLIB.join(', ')}: import only what the bindings are known to export (PYTHON_NAMES in src/schemas/recipe.ts)`,
			});
			continue;
		}
		for (const name of names.filter((n) => !allowed.includes(n))) {
			issues.push({
				at: 'python › code',
				message: `imports ${name} from ${module}, which is not among the names it is known to export: use one of ${allowed.join(', ')}`,
			});
		}
	}
	for (const module of nodeModules(recipe.node.code).filter((m) => m !== 'bigml')) {
		issues.push({
			at: 'node › code',
			message: `loads "${module}": a Node recipe uses only the bigml package and Node's globals, so it runs wherever the binding is installed`,
		});
	}
	for (const language of LANGUAGES) {
		const binding = BINDINGS[language];
		recipe[language].notes.forEach((note, i) => {
			const at = `${language} › notes[${i}]`;
			if (note.repository !== binding.repository || note.commit !== binding.commit) {
				issues.push({
					at,
					message: `quotes ${note.repository} at ${note.commit.slice(0, 7)}: a ${LANGUAGE_LABELS[language]} note quotes ${binding.repository} at ${binding.commit} (version ${binding.version}), the code the recipe is written and tested against`,
				});
			}
			for (const kind of note.kinds ?? []) {
				if (!(kind in recipe.kinds)) {
					issues.push({
						at: `${at} › kinds`,
						message: `"${kind}" is not one of the recipe's kinds: a note is shown only on pages of the recipe's kinds`,
					});
				}
			}
		});
	}
	return issues;
}

/** Checks the recipes as a whole: every kind has exactly one recipe. Issues name the recipe file by id. */
export function checkRecipeCoverage(recipes: readonly Recipe[]): { id: string | undefined; issue: RecipeIssue }[] {
	const found: { id: string | undefined; issue: RecipeIssue }[] = [];
	const owner = new Map<string, string>();
	for (const recipe of recipes) {
		for (const kind of Object.keys(recipe.kinds)) {
			const first = owner.get(kind);
			if (first) {
				found.push({
					id: recipe.id,
					issue: {
						at: `kinds › ${kind}`,
						message: `already has a recipe (${first}): a kind has one recipe, so its pages show one answer`,
					},
				});
			} else owner.set(kind, recipe.id);
		}
	}
	for (const kind of KINDS.filter((k) => !owner.has(k))) {
		found.push({
			id: undefined,
			issue: {
				at: kind,
				message: `has no recipe: add "${kind}" to the kinds of the recipe that fits it, or write one`,
			},
		});
	}
	return found;
}

/** The recipe of every kind. */
export type RecipeByKind = Record<Kind, Recipe>;
