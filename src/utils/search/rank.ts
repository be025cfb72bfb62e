/**
 * The order a pasted response's codes are read in: most specific first. The
 * error code of a faulty resource, or of an error body, says why something
 * failed; a task status only how far the resource got, and the HTTP status
 * only how the request went. Shared by the search box and the decoder.
 */
import type { Position } from '../decode.ts';

/** How specific each position is: lower reads first. */
const SPECIFICITY: Record<Position, number> = {
	'resource-error': 0,
	'body-error': 1,
	'cause-error': 2,
	bare: 3,
	'task-status': 4,
	'cause-http-status': 5,
	'http-status': 6,
};

/** Sorts findings most specific first, keeping document order among equals. */
export function rankFindings<F extends { position: Position }>(findings: readonly F[]): F[] {
	return findings
		.map((finding, i) => ({ finding, i }))
		.sort((a, b) => SPECIFICITY[a.finding.position] - SPECIFICITY[b.finding.position] || a.i - b.i)
		.map(({ finding }) => finding);
}
