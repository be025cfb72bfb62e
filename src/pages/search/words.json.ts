import type { APIRoute } from 'astro';
import { getCatalog } from '../../build/get-catalog.ts';
import { getGuidance } from '../../build/get-guidance.ts';
import { buildLexicon } from '../../utils/search/lexicon.ts';

/**
 * `/search/words.json`: the words search knows, read with the first word
 * typed: every word of the catalog's texts and group names (for "did you
 * mean"), and the words people use for each kind (`words:` in data/guidance/).
 */
export const GET: APIRoute = async () => {
	const catalog = await getCatalog();
	const guidance = await getGuidance();
	const texts = [
		...catalog.entries.flatMap((e) => [e.text, e.name ?? '']),
		...catalog.groups.flatMap((g) => [g.title, g.noun ?? '', g.resource ?? '']),
	];
	const phrases = new Map(Object.entries(guidance).map(([kind, g]) => [kind, g.words ?? []]));
	const familyKinds = [...new Set(catalog.entries.filter((e) => e.group.type === 'family').map((e) => e.kind))];
	return Response.json(buildLexicon(texts, phrases, familyKinds));
};
