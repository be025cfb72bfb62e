import { beforeAll, describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { RECIPES_DIR, readRecipes } from '../../src/build/recipes-fs.ts';
import { KINDS, typeOfKind, type Kind } from '../../src/schemas/kind.ts';
import { recipesByKind } from '../../src/utils/recipes.ts';
import { scenarioFor } from '../support/bigml-mock.ts';
import { runNodeRecipe, type RecipeRun } from '../support/run-node-recipe.ts';

/**
 * Each Node recipe, run as written with the real bigml package against a mock
 * of BigML.io that sends a code of each of its kinds, reaches the branch the
 * recipe claims for that kind: a faulty resource the faulty branch with its
 * error code, a 429 the branch that waits and sends the request again.
 */
const recipes = recipesByKind(readRecipes(RECIPES_DIR));
const entries = readCatalog('data').flatMap((group) => group.codes);

// HTTP and task status kinds are tried with each of their codes (each is another status), unless BigML.io's
// answer is the same for all of them (200, 202 and 204 all mean the resource was read); error kinds with
// their first code, since the binding treats every error code alike.
const cases = KINDS.flatMap((kind) => {
	const codes = entries.filter((e) => e.kind === kind);
	const tried = ['http', 'status'].includes(typeOfKind(kind)) ? codes : codes.slice(0, 1);
	const seen = new Set<string>();
	return tried
		.map((entry) => ({ kind, code: entry.code, text: entry.text }))
		.filter(({ code, text }) => {
			const answer = JSON.stringify(scenarioFor(kind, code, text));
			return !seen.has(answer) && seen.add(answer);
		});
});

/** Runs at most this many recipes at once: each is a Node process loading the whole binding. */
const AT_ONCE = 2;
const runs = new Map<string, RecipeRun>();
const key = (kind: Kind, code: number) => `${kind} ${code}`;

beforeAll(async () => {
	const queue = [...cases];
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const { kind, code, text } = next;
			runs.set(key(kind, code), await runNodeRecipe(recipes[kind].node.code, scenarioFor(kind, code, text)));
		}
	};
	await Promise.all(Array.from({ length: AT_ONCE }, worker));
}, 600_000);

describe('every Node recipe reaches the branch its kind claims', () => {
	test('every kind is tried with at least one of its codes', () => {
		expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(KINDS));
	});

	test.each(cases)('$kind ($code)', ({ kind, code }) => {
		const recipe = recipes[kind];
		const branch = recipe.kinds[kind]!;
		const words = recipe.branches[branch]!;
		const run = runs.get(key(kind, code))!;
		const where = `${recipe.id} for ${kind} ${code}, expected "${words}"; it printed:\n${run.output}`;
		expect(run.exitCode, where).toBe(0);
		const reached = run.lines.filter((line) => line.startsWith(words));
		expect(reached, where).not.toEqual([]);
		if (branch === 'faulty') expect(reached[0], where).toContain(`error ${code === -1 ? -2020 : code}`);
		if (branch === 'waiting') {
			// Waiting means sending the same request again, until BigML.io accepts it.
			expect(run.received.filter((r) => r.method === 'POST').length, where).toBeGreaterThanOrEqual(2);
			expect(run.lines.at(-1), where).toMatch(/^Created:/);
		} else {
			// Any other branch ends the run: nothing is printed after it.
			expect(run.lines.at(-1), where).toBe(reached.at(-1));
		}
		if (typeOfKind(kind) === 'http' && code >= 400) {
			// The binding keeps no more than the HTTP status; the recipe shows at least that.
			expect(reached[0], where).toContain(String(code));
		}
	});
});
