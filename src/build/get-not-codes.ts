import { getCollection } from 'astro:content';
import type { NotCode } from '../schemas/not-code.ts';

let notCodes: Promise<NotCode[]> | undefined;

/** Every number that is not a BigML.io code, read from the content collection once per build, by number. */
export function getNotCodes(): Promise<NotCode[]> {
	notCodes ??= getCollection('notCodes').then((entries) =>
		entries.map((e) => e.data as NotCode).sort((a, b) => Math.abs(a.number) - Math.abs(b.number)),
	);
	return notCodes;
}
