import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One row of BigML's published table, exactly as the source text has it. */
export interface SourceRow {
	code: number;
	/** The "Status" column of the HTTP and resource-status tables. */
	name?: string;
	text: string;
}

/** One section of BigML's page: its heading and its rows, in order. */
export interface SourceSection {
	heading: string;
	rows: SourceRow[];
}

/** Where the shared source lives: beside the repository, as CI lays it out. */
export const SOURCE_PATH = fileURLToPath(new URL('../../../shared/source/bigml-status-codes.txt', import.meta.url));

/** Whether the shared source is present (it is on CI and on the team's machines). */
export const hasSource = () => existsSync(SOURCE_PATH);

const HEADING =
	/^(HTTP Status Code Summary|Resource Status Code Summary|Error Code Summary|.+ Error Code Summary|Download Dataset Unsuccessful Requests)$/;
const ROW = /^[.\s]*(-?\d+)\t(.*)$/;

/**
 * Parses the text extracted from BigML's "Status Codes" page into its sections.
 * The extraction repeats header rows at page breaks and prefixes status rows
 * with dots; both are dropped here so that only real rows remain.
 */
export function parseBigmlSource(text: string): SourceSection[] {
	const sections: SourceSection[] = [];
	let seenJumpList = false;
	for (const line of text.split('\n')) {
		if (line.startsWith('Jump to:')) seenJumpList = true;
		if (!seenJumpList) continue;
		if (HEADING.test(line.trim()) && !line.startsWith('- ')) {
			sections.push({ heading: line.trim(), rows: [] });
			continue;
		}
		const match = ROW.exec(line);
		const section = sections.at(-1);
		if (!match || !section) continue;
		const cells = match[2]!.split('\t');
		const row: SourceRow =
			cells.length > 1
				? { code: Number(match[1]), name: cells[0]!, text: cells.slice(1).join('\t') }
				: { code: Number(match[1]), text: cells[0]! };
		section.rows.push(row);
	}
	return sections;
}

/** Reads and parses the shared source. */
export function readBigmlSource(): SourceSection[] {
	return parseBigmlSource(readFileSync(SOURCE_PATH, 'utf8'));
}
