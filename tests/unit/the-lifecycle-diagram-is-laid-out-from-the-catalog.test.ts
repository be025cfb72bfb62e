import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/build/catalog-fs.ts';
import { GUIDANCE_DIR, readGuidance } from '../../src/build/guidance-fs.ts';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { lifecycle } from '../../src/utils/guidance.ts';
import { layoutLifecycle } from '../../src/utils/lifecycle-layout.ts';

const catalog = buildCatalog(readCatalog('data'));
const guidance = readGuidance(GUIDANCE_DIR);
const statuses = catalog.bySlug.get('status')!.entries;
const life = lifecycle(statuses, guidance);
const noteOf = (e: (typeof statuses)[number]) => guidance[e.kind].lifecycle?.note;
const inProgress = (e: (typeof statuses)[number]) => guidance[e.kind].lifecycle?.phase === 'progress';
const layout = layoutLifecycle(life, noteOf, inProgress);
const node = (code: number) => layout.nodes.find((n) => n.entry.code === code)!;

describe('the lifecycle diagram is laid out from the catalog', () => {
	test('every task status has one box, and no two boxes overlap', () => {
		expect(layout.nodes.map((n) => n.entry.code).sort()).toEqual(statuses.map((e) => e.code).sort());
		for (const a of layout.nodes)
			for (const b of layout.nodes) {
				if (a === b) continue;
				const apart =
					a.x + a.width <= b.x ||
					b.x + b.width <= a.x ||
					a.y + layout.nodeHeight <= b.y ||
					b.y + layout.nodeHeight <= a.y;
				expect(apart, `${a.entry.code} and ${b.entry.code} overlap`).toBe(true);
			}
	});

	test('the usual path runs top to bottom in lifecycle order, one arrow between each pair', () => {
		const main = layout.nodes.filter((n) => !n.aside);
		expect(main.map((n) => n.entry)).toEqual(life.path);
		expect(main.every((n, i) => i === 0 || n.y > main[i - 1]!.y)).toBe(true);
		expect(layout.steps).toHaveLength(main.length - 1);
		layout.steps.forEach((step, i) => {
			expect(step.y1).toBe(main[i]!.y + layout.nodeHeight);
			expect(step.y2).toBeLessThan(main[i + 1]!.y);
		});
	});

	test('the dashed failure arrow leaves the in-progress statuses and ends at the final status off the path', () => {
		const faulty = layout.nodes.find((n) => n.aside && n.final)!;
		expect(faulty.entry.code).toBe(-1);
		expect(layout.failure?.arrow.y2).toBe(faulty.y + layout.nodeHeight / 2);
		expect(layout.failure?.arrow.x2).toBeLessThan(faulty.x);
		const progress = layout.nodes.filter((n) => inProgress(n.entry));
		expect(layout.failure?.bracket.y1).toBeGreaterThanOrEqual(Math.min(...progress.map((n) => n.y)));
		expect(layout.failure?.bracket.y2).toBeLessThanOrEqual(Math.max(...progress.map((n) => n.y)) + layout.nodeHeight);
	});

	test('a final status off the path says "final" on its second line; notes show where a kind has one', () => {
		expect(node(-1).note?.text).toBe('final');
		for (const n of layout.nodes.filter((n) => !n.aside)) expect(n.note?.text).toBe(noteOf(n.entry));
	});

	test('the drawing is tall enough for every box and the legend under them', () => {
		const lowest = Math.max(...layout.nodes.map((n) => n.y + layout.nodeHeight));
		expect(layout.legendY).toBeGreaterThan(lowest);
		expect(layout.height).toBeGreaterThan(Math.max(...layout.legend.map((item) => item.y)) + 14);
	});

	test('the legend has one entry for each mark the drawing uses, and none for a mark it does not', () => {
		expect(layout.legend.map((item) => item.mark).sort()).toEqual(['failed', 'failure', 'final', 'observed', 'step']);
		const inTable = layoutLifecycle(
			lifecycle(
				statuses.filter((e) => e.provenance !== 'observed'),
				guidance,
			),
			noteOf,
			inProgress,
		);
		expect(inTable.legend.map((item) => item.mark)).not.toContain('observed');
		for (const item of layout.legend) expect(item.x + 30 + item.label.length * 6).toBeLessThanOrEqual(layout.width);
	});
});
