import { diffWordsWithSpace } from 'diff';
import type { Change, ChangeLog, ChangeType } from '../schemas/change.ts';

/** A piece of a text, marked when the other side of the change does not have it. */
export interface Segment {
	text: string;
	/** True for words only this side has: removed from the old text, or added in the new one. */
	changed: boolean;
}

/**
 * Splits the old and the new text of a change into pieces, marking the words each side alone has, so a
 * reader sees what BigML changed without comparing two sentences letter by letter. Spaces count: a
 * doubled space is a difference too.
 */
export function markDifferences(before: string, after: string): { old: Segment[]; new: Segment[] } {
	const old: Segment[] = [];
	const now: Segment[] = [];
	for (const part of diffWordsWithSpace(before, after)) {
		if (!part.added) old.push({ text: part.value, changed: part.removed });
		if (!part.removed) now.push({ text: part.value, changed: part.added });
	}
	return { old, new: now };
}

/** How the site names each kind of change, as a label. */
export const CHANGE_LABELS: Record<ChangeType, string> = {
	added: 'Added',
	text: 'Text changed',
	name: 'Name changed',
	retired: 'Retired',
	restored: 'Listed again',
	'group-added': 'New table',
	'group-gone': 'Table dropped',
	heading: 'Heading changed',
};

/** The changes of a log by day, newest day first, each day's changes in the log's order. */
export function changesByDate(log: ChangeLog): { date: string; changes: Change[] }[] {
	const days: { date: string; changes: Change[] }[] = [];
	for (const change of log.changes) {
		const day = days.at(-1);
		if (day?.date === change.date) day.changes.push(change);
		else days.push({ date: change.date, changes: [change] });
	}
	return days;
}

/**
 * What the log knows of one code: the day it was added to the site, if the log has it, and its most
 * recent change of any kind (newest first in the log, so the first found).
 */
export function historyOf(log: ChangeLog, group: string, code: number): { added?: Change; latest?: Change } {
	const own = log.changes.filter((c) => c.group === group && c.code === code);
	const added = own.find((c) => c.change === 'added');
	const latest = own[0];
	return { ...(added ? { added } : {}), ...(latest ? { latest } : {}) };
}

/** Escapes text for HTML, where the feed's entries carry it. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
