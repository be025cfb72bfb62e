import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { decode } from '../../src/utils/decode.ts';
import { ACTOR_LABELS, RETRY_LABELS } from '../../src/utils/guidance.ts';
import { rankFindings } from '../../src/utils/search/rank.ts';
import { verdictOf, verdictText } from '../../src/utils/search/verdict.ts';

const catalog = buildCatalog(readCatalog('data'));
const guidance = readGuidance(GUIDANCE_DIR);
const verdict = (input: unknown) => {
	const result = decode(typeof input === 'string' ? input : JSON.stringify(input), catalog.byNumber);
	if (!result.ok) throw new Error(result.message);
	return verdictOf(rankFindings(result.findings), (e) => ({
		headline: e.name ?? e.text,
		retry: guidance[e.kind].retry.verdict,
		actor: guidance[e.kind].actor,
	}));
};
const guideOf = (id: string) => {
	const entry = catalog.byId.get(id);
	if (!entry) throw new Error(`The catalog has no ${id}: update this test.`);
	return {
		entry,
		retry: RETRY_LABELS[guidance[entry.kind].retry.verdict],
		actor: ACTOR_LABELS[guidance[entry.kind].actor],
	};
};

describe('the verdict says what failed, why, whether to retry and who acts', () => {
	test('an error body: the request failed, its error code says why, with that code’s retry and actor', () => {
		const v = verdict({ code: 400, status: { code: -1206, message: 'Validation error' } });
		const { entry, retry, actor } = guideOf('general/-1206');
		expect(v).toMatchObject({ failed: true, why: { code: -1206, entry }, retry, actor });
		expect(v?.what).toMatch(/^the request \(HTTP 400 /);
		expect(verdictText(v!)).toMatch(new RegExp(`^Failed: the request .*Why: -1206 ${entry.text}\\.`));
	});

	test('a faulty resource: the resource failed (task status -1), its error code says why', () => {
		const v = verdict({
			resource: 'timeseries/5f3a…',
			status: { code: -1, error: -30021, message: 'x', elapsed: 1 },
		});
		const { entry, retry, actor } = guideOf('time-series/-30021');
		expect(v).toMatchObject({ failed: true, why: { entry }, retry, actor });
		expect(v?.what).toMatch(/^the timeseries resource \(task status -1 /);
	});

	test('a faulty execution names the nested cause after its own error', () => {
		const v = verdict({
			resource: 'execution/5af06df94e17277501000011',
			status: { cause: { code: -1206, http_status: 400 }, code: -1, error: -8200, message: 'x', progress: 0.2 },
		});
		expect(v?.why?.code).toBe(-8200);
		expect(v?.cause?.code).toBe(-1206);
	});

	test('a finished resource: nothing failed', () => {
		const v = verdict({
			code: 200,
			resource: 'source/5e4ee08e440ca1324410ccbd',
			status: { code: 5, elapsed: 3, progress: 1 },
		});
		expect(v?.failed).toBe(false);
		expect(verdictText(v!)).toMatch(/^Nothing failed: the source resource \(task status 5 /);
	});

	test('a shared number nothing settles is said to be shared, with no retry or actor guessed', () => {
		const v = verdict({ status: { code: -30021, message: 'x' } });
		expect(v?.why).toMatchObject({ code: -30021, meanings: 2 });
		expect(v?.retry).toBeUndefined();
	});
});
