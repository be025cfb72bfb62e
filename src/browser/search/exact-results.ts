/**
 * How the exact lookup's answer reads: one group of options per number (the
 * codes found, the other sign, the nearest codes) and the sentences that
 * explain it (a minus sign assumed, codes hidden by filters, the range a
 * missing number falls in).
 */
import { lookupPath } from '../../utils/paths.ts';
import { numberTarget, type SettleClues } from '../../utils/search/settle.ts';
import type { ExactResults, Hit, HitGroup } from './exact.ts';
import type { SearchFilters } from './full-text.ts';
import { h, hitView, resultGroup, resultOption } from './render.ts';

/** A sentence for the notes above the results, with optional links after it. */
export interface Note {
	text: string;
	extra: (Node | string)[];
}

/** The exact answer, ready to show. */
export interface ExactView {
	/** The result groups, in the order the query named its numbers. */
	groups: HTMLElement[];
	/** Sentences about the answer. */
	notes: Note[];
	/** The pages listed, which full-text results then leave out. */
	listed: Set<string>;
	/** Where Enter goes when the reader chose no option: the first option listed for it. */
	enter?: string | undefined;
}

/** How settling reads a hit. */
const settleView = (hit: Hit) => ({ slug: hit.group, resource: hit.info.resource, text: hit.text });

/** Whether an exact hit passes the search page's filters, which full text applies through Pagefind. */
export const passesFilters = (hit: Hit, filters: SearchFilters) =>
	(!filters.group || hit.info.type === filters.group) && (!filters.family || hit.group === filters.family);

/** Says what a range is: "model errors, -4000 to -4999". */
const rangeText = (group: HitGroup, first: number, last: number) =>
	`${group.type === 'family' ? `${group.label}s` : group.title.toLowerCase()}, ${first} to ${last}`;

/**
 * Builds the exact answer's groups and notes. `listId` prefixes the options'
 * ids; `focusable` makes them links in the tab order (on the search page).
 */
export function exactView(
	query: string,
	results: ExactResults | undefined,
	filters: SearchFilters,
	listId: string,
	focusable: boolean,
	clues: Omit<SettleClues, 'groups'> = {},
): ExactView {
	let enter: string | undefined;
	const listed = new Set<string>();
	const groups: HTMLElement[] = [];
	const notes: Note[] = [];
	const note = (text: string, extra: (Node | string)[] = []) => notes.push({ text, extra });
	const option = (hit: Hit) => {
		listed.add(hit.path);
		return resultOption(hitView(hit, hit.info.title), `${listId}-${listed.size}`, [], focusable);
	};
	results?.resolutions.forEach(({ match, suggestion }, i) => {
		const id = `${listId}-n${i}`;
		const shown = match.entries.filter((hit) => passesFilters(hit, filters));
		const hidden = match.entries.length - shown.length;
		if (match.assumedMinus)
			note(`No code is numbered ${match.query.value}: showing ${match.code}, as BigML.io error codes are negative.`);
		if (hidden > 0)
			note(`${match.code} matches ${hidden} code${hidden === 1 ? '' : 's'} outside the filters you chose.`);
		if (shown.length > 0) {
			// A shared number opens the page of all its meanings, unless the query says which (a resource, a family, its text).
			const target = numberTarget(match.code, shown, { ...clues, groups: results.hints.groups }, settleView);
			const settled = target && 'entry' in target ? target.entry : undefined;
			const ordered = settled ? [settled, ...shown.filter((hit) => hit !== settled)] : shown;
			const options = ordered.map(option);
			if (target && 'shared' in target) {
				const all = resultOption(
					{
						href: lookupPath(match.code),
						code: match.code,
						headline: `Every meaning of ${match.code}, side by side`,
						detail: ordered.map((hit) => hit.info.title).join(', '),
						group: 'Which one depends on the resource',
					},
					`${id}-all`,
					[],
					focusable,
				);
				options.unshift(all);
				const ids = ordered.flatMap((hit) => (hit.info.resource ? [`${hit.info.resource}/…`] : [])).slice(0, 2);
				note(
					`${match.code} means ${shown.length} things: ${ordered.map((hit) => hit.info.label).join(', ')}. Enter shows them side by side; add ${
						ids.length > 0 ? `the resource id (${ids.join(' or ')}) or ` : ''
					}the family’s name to open one.`,
				);
			}
			enter ??= options[0]?.getAttribute('href') ?? undefined;
			const heading =
				shown.length === 1 ? `Code ${match.code}` : `${match.code}: ${shown.length} codes share this number`;
			groups.push(resultGroup(id, 'exact', query, heading, options));
		}
		const other = match.otherSign.filter((hit) => passesFilters(hit, filters));
		if (other.length > 0)
			groups.push(resultGroup(`${id}-o`, 'other-sign', query, `${-match.code}, with a minus sign`, other.map(option)));
		if (suggestion) {
			const owner = suggestion.range && results.groups.get(suggestion.range.group);
			note(
				// Unsigned, both readings were tried: say so, then which one the suggestions are about.
				match.query.signed || match.query.value === 0
					? `No BigML.io code is numbered ${suggestion.code}.`
					: `No BigML.io code is numbered ${match.query.value} or ${-match.query.value}.`,
				owner && suggestion.range
					? [
							` ${suggestion.code} falls in the range of ${rangeText(owner, suggestion.range.first, suggestion.range.last)}: see `,
							h('a', { href: owner.path }, owner.title),
							'.',
						]
					: [],
			);
			// A number some software makes up (an iOS SDK's own error) has a page that says so.
			const madeUpBy = results.notCodes.get(suggestion.code);
			if (madeUpBy)
				note(`${suggestion.code} is not a BigML.io code: ${madeUpBy} raise it themselves. `, [
					h('a', { href: lookupPath(suggestion.code) }, `What ${suggestion.code} means`),
					'.',
				]);
			const near = suggestion.nearest.filter((hit) => passesFilters(hit, filters));
			if (near.length > 0)
				groups.push(
					resultGroup(`${id}-near`, 'nearest', query, `Nearest codes to ${suggestion.code}`, near.map(option)),
				);
		}
	});
	return { groups, notes, listed, enter };
}
