import { getCollection } from 'astro:content';
import type { ChangeLog } from '../schemas/change.ts';
import { EMPTY_CHANGE_LOG } from './changes-fs.ts';
import { CHANGE_LOG_ENTRY } from './changes-loader.ts';

let log: Promise<ChangeLog> | undefined;

/** The change log, read from the content collection once per build and shared by every page. */
export function getChangeLog(): Promise<ChangeLog> {
	log ??= getCollection('changes').then(
		(entries) => (entries.find((e) => e.id === CHANGE_LOG_ENTRY)?.data as ChangeLog | undefined) ?? EMPTY_CHANGE_LOG,
	);
	return log;
}
