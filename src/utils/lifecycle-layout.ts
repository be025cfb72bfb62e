/**
 * Where each task status sits in the lifecycle diagram on the status page:
 * pure geometry from the catalog's lifecycle, so the drawing follows the
 * catalog and can be checked without a browser.
 */
import type { CatalogEntry } from './catalog.ts';
import type { Lifecycle } from './guidance.ts';

/** One status box of the diagram. */
export interface DiagramNode {
	entry: CatalogEntry;
	x: number;
	y: number;
	width: number;
	/** The baseline of the label (number and name). */
	labelY: number;
	/** A second, smaller line under the label, if any ("datasets only", "final"). */
	note?: { text: string; y: number } | undefined;
	/** Whether the box is off the usual path. */
	aside: boolean;
	final: boolean;
	observed: boolean;
}

/** A straight line of the diagram. */
export interface DiagramLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** A mark the drawing uses, as its legend shows it. */
export type LegendMark = 'final' | 'failed' | 'observed' | 'step' | 'failure';

/** One entry of the legend: a sample of the mark at (x, y), and the words that explain it. */
export interface LegendItem {
	mark: LegendMark;
	label: string;
	x: number;
	y: number;
}

/** What each mark means, in the legend's words. */
export const LEGEND_LABELS: Record<LegendMark, string> = {
	step: 'next status',
	final: 'final: never changes',
	failed: 'final, failed',
	observed: 'not in BigML’s table',
	failure: 'can fail at any step',
};

/** The whole diagram. */
export interface DiagramLayout {
	width: number;
	height: number;
	/** Where the column headings sit: above the usual path and above the statuses off it. */
	columns: { main: { x: number; y: number }; side: { x: number; y: number } };
	nodes: DiagramNode[];
	/** Arrows from each status of the usual path to the next. */
	steps: DiagramLine[];
	/** The dashed bracket along the in-progress statuses and its arrow to the final status off the path. */
	failure?: { bracket: DiagramLine; arrow: DiagramLine } | undefined;
	/** Where the legend starts: under the boxes. */
	legendY: number;
	/** One entry for each mark the drawing uses, two to a row. */
	legend: LegendItem[];
	/** The height of a status box. */
	nodeHeight: number;
}

const WIDTH = 360;
const NODE_H = 46;
const STEP = 70;
const MAIN = { x: 8, w: 196 };
const SIDE = { x: 236, w: 116 };
const TOP = 30;
const LEGEND_ROW = 22;
const LEGEND_COLUMN = 180;

/**
 * Lays the statuses out in two columns: the usual path top to bottom, the
 * statuses off it beside the first in-progress one, and a dashed arrow from
 * the in-progress statuses to the final one off the path (Faulty).
 * `noteOf` gives a status's short qualifier, `inProgress` tells the statuses on the way.
 */
export function layoutLifecycle(
	{ path, aside, final }: Lifecycle,
	noteOf: (entry: CatalogEntry) => string | undefined,
	inProgress: (entry: CatalogEntry) => boolean,
): DiagramLayout {
	const y = (row: number) => TOP + row * STEP;
	const progressRows = path.flatMap((entry, row) => (inProgress(entry) ? [row] : []));
	const firstProgress = progressRows[0] ?? 0;
	const lastProgress = progressRows.at(-1) ?? 0;
	const rows = Math.max(path.length, aside.length);

	const mainNodes = path.map((entry, row): DiagramNode => {
		const note = noteOf(entry);
		return {
			entry,
			x: MAIN.x,
			y: y(row),
			width: MAIN.w,
			labelY: y(row) + (note ? 20 : 28),
			note: note ? { text: note, y: y(row) + 37 } : undefined,
			aside: false,
			final: final.has(entry),
			observed: entry.provenance === 'observed',
		};
	});
	const sideNodes = aside.map((entry, i): DiagramNode => {
		const top = y(firstProgress + i);
		// Off the path, "final" is said on the box's second line, where the main column says it in the label.
		const note = final.has(entry) ? 'final' : noteOf(entry);
		return {
			entry,
			x: SIDE.x,
			y: top,
			width: SIDE.w,
			labelY: top + (note ? 20 : 28),
			note: note ? { text: note, y: top + 37 } : undefined,
			aside: true,
			final: final.has(entry),
			observed: entry.provenance === 'observed',
		};
	});
	const steps = mainNodes.slice(0, -1).map((node, row) => ({
		x1: MAIN.x + 40,
		y1: node.y + NODE_H,
		x2: MAIN.x + 40,
		y2: y(row + 1) - 2,
	}));
	const faulty = aside.findIndex((entry) => final.has(entry));
	const bracketX = MAIN.x + MAIN.w + 8;
	const failure =
		faulty < 0
			? undefined
			: {
					bracket: { x1: bracketX, y1: y(firstProgress) + 4, x2: bracketX, y2: y(lastProgress) + NODE_H - 4 },
					arrow: {
						x1: bracketX,
						y1: y(firstProgress + faulty) + NODE_H / 2,
						x2: SIDE.x - 2,
						y2: y(firstProgress + faulty) + NODE_H / 2,
					},
				};
	const nodes = [...mainNodes, ...sideNodes];
	// Only the marks the drawing uses: a legend entry for a mark nowhere to be seen would explain nothing.
	const marks: LegendMark[] = [
		...(steps.length > 0 ? (['step'] as const) : []),
		...(nodes.some((n) => n.final && !n.aside) ? (['final'] as const) : []),
		...(nodes.some((n) => n.final && n.aside) ? (['failed'] as const) : []),
		...(failure ? (['failure'] as const) : []),
		...(nodes.some((n) => n.observed) ? (['observed'] as const) : []),
	];
	const legendY = y(rows) + 2;
	const legend = marks.map((mark, i) => ({
		mark,
		label: LEGEND_LABELS[mark],
		x: MAIN.x + (i % 2) * LEGEND_COLUMN,
		y: legendY + Math.floor(i / 2) * LEGEND_ROW,
	}));
	return {
		width: WIDTH,
		height: legendY + Math.ceil(marks.length / 2) * LEGEND_ROW + 4,
		columns: { main: { x: MAIN.x, y: TOP - 12 }, side: { x: SIDE.x, y: TOP - 12 } },
		nodes,
		steps,
		failure,
		legendY,
		legend,
		nodeHeight: NODE_H,
	};
}
