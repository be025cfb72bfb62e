import { describe, expect, test } from 'vitest';
import type { Reply } from '../support/bigml-mock.ts';
import { runNodeRecipe } from '../support/run-node-recipe.ts';

/**
 * The traps the Node recipes warn about, each run with the real bigml
 * package against the mock: if a new version of the binding stopped doing
 * one, its warning would be wrong, and this test says which.
 */
const HEADER = `const bigml = require('bigml');
const show = (error, r) => console.log('CALLBACK ' + JSON.stringify({ error: error && error.message, r }));
`;
const finished: Reply = { status: 200, body: { resource: 'dataset/5af06df94e17277501000011', status: { code: 5 } } };
const refused = (status: number): Reply => ({
	status,
	body: { code: status, status: { code: -4021, message: 'BigML says why', extra: ['from the mock'] } },
});
const callback = (output: string) => {
	const line = output.split('\n').find((l) => l.startsWith('CALLBACK '));
	return line ? (JSON.parse(line.slice('CALLBACK '.length)) as { error: string | null; r: any }) : undefined;
};

describe("the Node binding's traps happen as the recipes say", () => {
	test('get() without `finished` never calls back on an HTTP error: the process ends', async () => {
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Resource(new bigml.BigML()).get('model/5af06df94e17277501000010', show);`,
			{ 'GET model': [refused(404)] },
		);
		expect(callback(run.output)).toBeUndefined();
		expect(run.exitCode).not.toBe(0);
	});

	test('get() with `finished` calls back for a faulty resource with no error', async () => {
		const faulty: Reply = {
			status: 200,
			body: { resource: 'model/5af06df94e17277501000010', status: { code: -1, error: -4005, message: 'faulty' } },
		};
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Resource(new bigml.BigML()).get('model/5af06df94e17277501000010', true, show);`,
			{ 'GET model': [faulty] },
		);
		expect(callback(run.output)).toMatchObject({ error: null, r: { object: { status: { code: -1, error: -4005 } } } });
	});

	test('a refused create keeps only the HTTP status, inside a message: BigML’s error code and message are lost', async () => {
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Model(new bigml.BigML()).create('dataset/5af06df94e17277501000011', {}, show);`,
			{ 'GET dataset': [finished], 'POST model': [refused(429)] },
		);
		const { error, r } = callback(run.output)!;
		expect(error).toBe('Retries limit exceeded');
		expect(r.code).toBe(500);
		expect(r.error.status.message).toContain('Request failed with status code 429');
		expect(JSON.stringify(r)).not.toMatch(/-4021|BigML says why/);
	});

	test('with a retry argument, create() sends a 400 again, as if it could succeed', async () => {
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Model(new bigml.BigML()).create('dataset/5af06df94e17277501000011', {}, { retries: 2, wait: 1000 }, show);`,
			{ 'GET dataset': [finished], 'POST model': [refused(400)] },
		);
		expect(callback(run.output)?.error).toBe('Retries limit exceeded');
		expect(run.received.filter((r) => r.method === 'POST')).toHaveLength(3);
	});

	test('a refused delete never calls back', async () => {
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Model(new bigml.BigML()).delete('model/5af06df94e17277501000010', show);`,
			{ 'DELETE model': [refused(400)] },
		);
		expect(run.received).toEqual([{ method: 'DELETE', type: 'model' }]);
		expect(callback(run.output)).toBeUndefined();
	});

	test('create() whose input cannot be read (401) tries 11 times, then never calls back', async () => {
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Model(new bigml.BigML()).create('dataset/5af06df94e17277501000011', {}, show);`,
			{ 'GET dataset': [refused(401)] },
		);
		expect(run.received.filter((r) => r.method === 'GET')).toHaveLength(11);
		expect(run.received.filter((r) => r.method === 'POST')).toEqual([]);
		expect(callback(run.output)).toBeUndefined();
	});

	test('a refusal whose body is not BigML’s JSON (an HTML maintenance page) ends the process', async () => {
		const run = await runNodeRecipe(
			`${HEADER}new bigml.Model(new bigml.BigML()).create('dataset/5af06df94e17277501000011', {}, show);`,
			{ 'GET dataset': [finished], 'POST model': [{ status: 503, body: '<html>Down for maintenance</html>' }] },
		);
		expect(callback(run.output)).toBeUndefined();
		expect(run.exitCode).not.toBe(0);
	});
});
