import { describe, expect, test } from 'vitest';
import { lifecycle } from '../../src/utils/guidance.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog, guidance } from '../support/catalog.ts';
import { attr } from '../support/html.ts';

const statuses = catalog.groups.find((g) => g.type === 'status')!;
const { path, final } = lifecycle(statuses.entries, guidance);
const built = builtPage(statuses.path);
if (!built) throw new Error(`${statuses.path} is not built`);
const { doc } = built;
const figure = doc.first('figure', (f) => (attr(f, 'class') ?? '').split(' ').includes('lifecycle'));
const label = (e: (typeof path)[number]) => `${e.code} ${e.name}`;

describe('the status page draws the task lifecycle from the catalog', () => {
	test('the diagram has one linked node per task status of the catalog, final ones marked', () => {
		const svg = doc.inside(figure, 'svg')[0];
		// A group, not an img: an img's children are hidden from assistive technology, and these nodes are links.
		expect(attr(svg, 'role')).toBe('group');
		const nodes = doc.inside(svg, 'a');
		expect(nodes.map((a) => attr(a, 'href')).toSorted()).toEqual(statuses.entries.map((e) => e.path).toSorted());
		const problems: string[] = [];
		for (const entry of statuses.entries) {
			const node = nodes.find((a) => attr(a, 'href') === entry.path);
			if (!doc.text(node).includes(label(entry))) problems.push(`${entry.path}: node reads "${doc.text(node)}"`);
			const classes = (attr(doc.inside(node, 'rect')[0], 'class') ?? '').split(' ');
			if (classes.includes('final') !== final.has(entry))
				problems.push(`${entry.path}: ${final.has(entry) ? 'not marked' : 'marked'} final`);
		}
		expect(problems).toEqual([]);
	});
});
