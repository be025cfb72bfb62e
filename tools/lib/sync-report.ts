// What `npm run catalog:sync` prints: the differences group by group, old and new texts verbatim with
// carets under what changed (so it shows without colour, in a CI log too), and what `--write` did.
import { markDifferences, type Segment } from '../../src/utils/changes.ts';
import type { CatalogDiff, CodeChange, GroupDiff } from './catalog-diff.ts';
import { countChanges } from './catalog-diff.ts';
import type { WritePlan } from './catalog-write.ts';

/** Colours the changed words where the output is a terminal that shows colour; identity elsewhere. */
export type Paint = (text: string, kind: 'removed' | 'added' | 'heading') => string;

/** No colour: what a log file or a pipe gets. */
export const plain: Paint = (text) => text;

/** A text in quotes, verbatim, with carets on the next line under every character that changed. */
function marked(label: string, segments: Segment[], kind: 'removed' | 'added', paint: Paint): string[] {
	const prefix = `      ${label}: "`;
	const line = prefix + segments.map((s) => (s.changed ? paint(s.text, kind) : s.text)).join('') + '"';
	const carets =
		' '.repeat(prefix.length) + segments.map((s) => (s.changed ? '^' : ' ').repeat([...s.text].length)).join('');
	return carets.trim() === '' ? [line] : [line, carets.trimEnd()];
}

/** The lines for one code's change. */
function describe(change: CodeChange, paint: Paint): string[] {
	switch (change.type) {
		case 'added':
			return [`  + ${change.code} added: ${change.name === undefined ? '' : `${change.name}: `}"${change.text}"`];
		case 'gone':
			return [`  - ${change.code} gone from BigML's page: "${change.text}"`];
		case 'back':
			return [`  + ${change.code} listed again (the catalog has it retired): "${change.text}"`];
		case 'listed':
			return [`  ! ${change.code} now listed by BigML (the catalog has it as observed): "${change.text}"`];
		case 'text': {
			const { old, new: now } = markDifferences(change.old, change.new);
			return [
				`  ~ ${change.code} text changed:`,
				...marked('was', old, 'removed', paint),
				...marked('now', now, 'added', paint),
			];
		}
		case 'name': {
			if (change.old === undefined || change.new === undefined) {
				return [
					`  ~ ${change.code} name ${change.old === undefined ? `added: "${change.new}"` : `removed (was "${change.old}")`}`,
				];
			}
			const { old, new: now } = markDifferences(change.old, change.new);
			return [
				`  ~ ${change.code} name changed:`,
				...marked('was', old, 'removed', paint),
				...marked('now', now, 'added', paint),
			];
		}
	}
}

/** The heading line of one group's differences. */
function groupLine(group: GroupDiff, fileOf: (slug: string) => string): string {
	const where = group.slug === undefined ? '' : ` (${fileOf(group.slug)})`;
	switch (group.status) {
		case 'kept':
			return `"${group.heading}"${where}`;
		case 'renamed':
			return `"${group.heading}"${where}: heading changed, was "${group.oldHeading}"`;
		case 'added':
			return `"${group.heading}": a table the catalog has no group for (${group.changes.length} codes)`;
		case 'gone':
			return `"${group.heading}"${where}: table gone from BigML's page`;
	}
}

/** Every difference, group by group, and a summary line. */
export function formatDiff(diff: CatalogDiff, fileOf: (slug: string) => string, paint: Paint = plain): string[] {
	if (diff.groups.length === 0) return ["No difference: the catalog matches BigML's page."];
	const lines: string[] = [];
	for (const group of diff.groups) {
		lines.push('', paint(groupLine(group, fileOf), 'heading'));
		for (const change of group.changes) lines.push(...describe(change, paint));
	}
	const n = countChanges(diff);
	const parts = [
		[n.added, 'added'],
		[n.text, 'text changed'],
		[n.name, 'name changed'],
		[n.gone, 'gone'],
		[n.back, 'listed again'],
		[n.listed, 'observed now listed'],
	]
		.filter(([count]) => (count as number) > 0)
		.map(([count, what]) => `${count} ${what}`);
	const tables = n.groups > 0 ? `; ${n.groups} table${n.groups === 1 ? '' : 's'} added, dropped or renamed` : '';
	lines.push('', `Differences: ${parts.join(', ') || 'none in the codes'}${tables}.`);
	return lines;
}

/** What `--write` did, and what a person checks before committing. */
export function formatWrite(plan: WritePlan, fileOf: (slug: string) => string, logFile: string): string[] {
	const lines = [
		'',
		`Wrote ${plan.files.size} catalog file${plan.files.size === 1 ? '' : 's'} and ${plan.records.length} entr${plan.records.length === 1 ? 'y' : 'ies'} of ${logFile}:`,
		...[...plan.files.keys()].map(
			(slug) => `  ${fileOf(slug)}${plan.newGroups.some((g) => g.slug === slug) ? ' (new)' : ''}`,
		),
	];
	if (plan.newCodes.length > 0) {
		lines.push('', 'Confirm the kind of each new code (its number implies it; a guess says so):');
		for (const { group, code, implied } of plan.newCodes) {
			lines.push(
				`  ${group}/${code}: ${implied.kind} (${implied.by === 'guess' ? `GUESS: ${implied.why}` : implied.why})`,
			);
		}
	}
	for (const group of plan.newGroups) {
		lines.push('', `Check the new group file ${fileOf(group.slug)}: ${group.check.join(', ')}.`);
	}
	if (plan.manual.length > 0) {
		lines.push('', 'Left for you (CONTRIBUTING.md, "Keeping in step with BigML"):');
		for (const { group, code } of plan.manual) {
			lines.push(
				`  ${group}/${code}: BigML now lists this observed code; make it documented by hand, with BigML's text.`,
			);
		}
	}
	lines.push('', 'Next: npm run build, npm run permalinks:update, then commit data/ and permalinks.json.');
	return lines;
}
