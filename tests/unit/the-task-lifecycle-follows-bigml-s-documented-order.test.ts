import { expect, test } from 'vitest';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { lifecycle } from '../../src/utils/guidance.ts';

/**
 * The status page draws whatever `lifecycle()` makes of the guidance files
 * (tests/dist checks the drawing against it). The order itself is written out
 * here, apart from data/guidance/status.yaml, so that a status placed in the
 * wrong phase there fails a test instead of being drawn.
 */
test("the task lifecycle runs in BigML's order, and only Finished and Faulty are final", () => {
	const statuses = buildCatalog(readCatalog('data')).groups.find((g) => g.type === 'status')!;
	const { path, aside, final } = lifecycle(statuses.entries, readGuidance(GUIDANCE_DIR));
	expect(path.map((e) => e.code)).toEqual([6, 0, 1, 2, 3, 4, 5]);
	expect([...final].map((e) => e.code).sort()).toEqual([-1, 5]);
	expect([...path, ...aside].map((e) => e.code).sort()).toEqual(statuses.entries.map((e) => e.code).sort());
});
