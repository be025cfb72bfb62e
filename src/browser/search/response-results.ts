/**
 * How a pasted response reads in the search box: the verdict first (what
 * failed, the code that says why, whether retrying helps, who acts), then its
 * codes most specific first, then the full decoder one click away. The codes
 * are looked up in the exact index's shards, never the whole catalog.
 */
import type { DecodableEntry, RawFinding } from '../../utils/decode.ts';
import { resolveFindings } from '../../utils/decode.ts';
import { decodePath, lookupPath } from '../../utils/paths.ts';
import { rankFindings } from '../../utils/search/rank.ts';
import { ROLE_LABELS, verdictOf, type Verdict } from '../../utils/search/verdict.ts';
import { loadManifest, lookupCodes, type Hit } from './exact.ts';
import type { ExactView } from './exact-results.ts';
import { h, hitView, linkOption, resultGroup, resultOption } from './render.ts';

/** A hit as the decoder's rules read it. */
interface Entry extends DecodableEntry {
	hit: Hit;
}

/** The verdict as the first note: each part labelled in bold, as the decoder shows it. */
function verdictNodes(verdict: Verdict<unknown>): (Node | string)[] {
	const said = (c: NonNullable<Verdict<unknown>['why']>) =>
		c.headline
			? `${c.code} ${c.headline}`
			: c.meanings
				? `${c.code}, which ${c.meanings} groups share (the paste does not say which resource)`
				: `${c.code}, not in BigML’s table`;
	const parts: [string, string | undefined][] = [
		[verdict.failed ? 'Failed' : 'Nothing failed', verdict.what],
		[verdict.failed ? 'Why' : 'Code', verdict.why && said(verdict.why)],
		['Cause', verdict.cause && said(verdict.cause)],
		['Retry', verdict.retry],
		['Who acts', verdict.actor],
	];
	return parts.flatMap(([label, text]) => (text ? [h('strong', {}, `${label}: `), `${text}. `] : []));
}

/** A pasted response's answer: the verdict as the first note, its codes as options, Enter's target first. */
export async function responseView(
	query: string,
	findings: readonly RawFinding[],
	more: number,
	listId: string,
	focusable: boolean,
): Promise<ExactView> {
	const [byNumber, manifest] = await Promise.all([lookupCodes(findings.map((f) => f.code)), loadManifest()]);
	const lookup = (code: number): Entry[] =>
		(byNumber.get(code) ?? []).map((hit) => ({ code: hit.code, text: hit.text, group: hit.info, hit }));
	const ranked = rankFindings(resolveFindings(findings, lookup));
	const verdict = verdictOf(ranked, (e) => ({
		headline: e.hit.name ?? e.hit.text,
		retry: manifest.kinds[e.hit.kind]?.retry,
		actor: manifest.kinds[e.hit.kind]?.actor,
	}));
	const listed = new Set<string>();
	const options: HTMLElement[] = [];
	const absent: number[] = [];
	for (const f of ranked) {
		const id = `${listId}-r${options.length}`;
		if (f.entry) {
			if (listed.has(f.entry.hit.path)) continue;
			listed.add(f.entry.hit.path);
			options.push(
				resultOption(hitView(f.entry.hit, `${ROLE_LABELS[f.role]} · ${f.entry.hit.info.title}`), id, [], focusable),
			);
		} else if (f.candidates.length > 1) {
			const titles = f.candidates.map((c) => c.hit.info.title).join(' or ');
			options.push(
				resultOption(
					{
						href: lookupPath(f.code),
						code: f.code,
						headline: `Means ${f.candidates.length} things: ${titles}`,
						detail: 'Nothing in the paste says which resource it was about: see both.',
						group: ROLE_LABELS[f.role],
					},
					id,
					[],
					focusable,
				),
			);
		} else absent.push(f.code);
	}
	const notes: ExactView['notes'] = verdict ? [{ text: '', extra: verdictNodes(verdict) }] : [];
	if (absent.length > 0)
		notes.push({
			text: `${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not in BigML’s table.`,
			extra: [],
		});
	if (more > 0) notes.push({ text: `${more} more codes were left out: open the decoder to see them all.`, extra: [] });
	const decoder = linkOption(
		decodePath(query),
		'Open the full decoder: every field of this response explained',
		`${listId}-decode`,
	);
	const heading = h('span', {}, 'In this response, most specific first');
	return {
		groups: [resultGroup(`${listId}-resp`, 'response', query, heading, [...options, decoder])],
		notes,
		listed,
	};
}
