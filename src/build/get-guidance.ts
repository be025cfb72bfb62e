import { getCollection } from 'astro:content';
import type { Guidance } from '../schemas/guidance.ts';
import type { GuidanceByKind } from '../utils/guidance.ts';

let guidance: Promise<GuidanceByKind> | undefined;

/** The guidance for every kind, read from the content collection once per build. */
export function getGuidance(): Promise<GuidanceByKind> {
	guidance ??= getCollection('guidance').then(
		(entries) => Object.fromEntries(entries.map((e) => [e.id, e.data as Guidance])) as GuidanceByKind,
	);
	return guidance;
}
