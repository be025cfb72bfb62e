import { describe, expect, test } from 'vitest';
import { lifecycle } from '../../src/utils/guidance.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog, guidance } from '../support/catalog.ts';
import { attr } from '../support/html.ts';

const statuses = catalog.groups.find((g) => g.type === 'status')!;
const { path, aside, final } = lifecycle(statuses.entries, guidance);
const built = builtPage(statuses.path);
if (!built) throw new Error(`${statuses.path} is not built`);
const { doc } = built;
const figure = doc.first('figure', (f) => (attr(f, 'class') ?? '').split(' ').includes('lifecycle'));
const label = (e: (typeof path)[number]) => `${e.code} ${e.name}`;

describe('the status page draws the task lifecycle from the catalog, as a diagram and as text', () => {
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

	test('the text equivalent lists the usual path in order, then the statuses off it, with the final ones and notes said', () => {
		const [steps, off] = doc
			.inside(doc.inside(figure, 'figcaption')[0], '*')
			.filter((el) => ['ol', 'ul'].includes(el.name));
		const items = (list: typeof steps) => doc.inside(list, 'li');
		const links = (list: typeof steps) => items(list).map((li) => doc.text(doc.inside(li, 'a')[0]));
		expect(links(steps)).toEqual(path.map(label));
		expect(links(off)).toEqual(aside.map(label));
		const problems: string[] = [];
		for (const [list, entries] of [
			[steps, path],
			[off, aside],
		] as const) {
			items(list).forEach((li, i) => {
				const entry = entries[i]!;
				const text = doc.text(li);
				const note = guidance[entry.kind].lifecycle?.note;
				if (text.includes('final') !== final.has(entry)) problems.push(`${label(entry)}: "${text}"`);
				if (note && list === steps && !text.includes(note)) problems.push(`${label(entry)} lacks its note "${note}"`);
				if (!text.includes(guidance[entry.kind].summary)) problems.push(`${label(entry)} lacks its summary`);
			});
		}
		expect(problems).toEqual([]);
	});

	test('the page says how to wait for a resource, as BigML’s bindings do', () => {
		const section = doc.all('section').find((s) => doc.text(doc.inside(s, 'h2')[0]) === 'How to wait for a resource');
		const finals = [...final].toSorted((a, b) => b.code - a.code).map((e) => `${e.code} (${e.name})`);
		expect(doc.text(section)).toContain(`is ${finals.join(' or ')}`);
		expect(doc.text(section)).toContain('exponential backoff');
		const citation = guidance['status-pending'].bigml?.[0];
		expect(citation, 'the pending status kind quotes how BigML’s bindings wait').toBeDefined();
		expect(doc.inside(section, 'a').map((a) => doc.text(a))).toContainEqual(
			expect.stringContaining(`${citation!.repository} › ${citation!.path}`),
		);
	});
});
