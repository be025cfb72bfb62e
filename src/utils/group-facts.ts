/**
 * What a group's card, page and tables say of it in numbers: how many codes
 * (and why two counts may differ: BigML's table against codes seen
 * elsewhere) and the range of numbers it owns. One wording everywhere.
 */
import type { CodeRange } from './search/code-ranges.ts';

/** "8 codes", or "7 codes: 6 in BigML's table, 1 seen elsewhere" when some are observed. */
export function codeCount(entries: readonly { provenance: string }[]): string {
	const total = `${entries.length} code${entries.length === 1 ? '' : 's'}`;
	const observed = entries.filter((e) => e.provenance === 'observed').length;
	if (observed === 0) return total;
	return `${total}: ${entries.length - observed} in BigML’s table, ${observed} seen elsewhere`;
}

/** A range as pages write it: "-4000 to -4999". */
export const rangeText = (range: Pick<CodeRange, 'first' | 'last'>): string => `${range.first} to ${range.last}`;

/** The ranges a group owns, as one phrase ("-1100 to -1299"); empty for a group without (task statuses). */
export function groupRangeText(slug: string, ranges: readonly CodeRange[]): string {
	return ranges
		.filter((r) => r.group === slug)
		.map(rangeText)
		.join(', ');
}
