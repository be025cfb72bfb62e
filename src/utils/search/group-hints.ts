/**
 * The groups a query names by word ("model -40021", "time series"), so a
 * number several groups share lists the named group first.
 */
import type { RangeSource } from './code-ranges.ts';
import type { ParsedQuery } from './query.ts';

/** A group as hint matching needs it: the names a query may call it by. */
export interface HintSource {
	/** The slug, e.g. `linear-regression`. */
	slug: string;
	/** The group's type; `http` and `status` are named by their type. */
	type: RangeSource['type'];
	/** The singular noun of a family, e.g. `linear regression`. */
	noun?: string | undefined;
	/** The resource type of BigML ids, e.g. `linearregression`. */
	resource?: string | undefined;
}

/** The groups a query names by word, and the words that named them. */
export interface GroupHints {
	/** Slugs of the named groups, in the order the query names them. */
	groups: string[];
	/** The words used up naming groups: not searched for as text when the query has a number. */
	words: Set<string>;
}

/**
 * Finds the groups a query names, so `model -40021` lists the model error
 * before the linear regression one. A group is named by its slug, noun or
 * resource type, singular or plural; `http` and `status` by those words.
 */
export function groupHints(parsed: Pick<ParsedQuery, 'words' | 'keys'>, groups: readonly HintSource[]): GroupHints {
	const tokens = [...parsed.keys, ...parsed.words];
	const found = new Map<string, number>();
	const used = new Set<string>();
	for (const group of groups) {
		const names = new Set([group.slug.replaceAll('-', ' '), group.noun, group.resource]);
		if (group.type === 'http' || group.type === 'status') names.add(group.type);
		for (const name of names) {
			if (!name) continue;
			const phrase = name.split(' ');
			for (let i = 0; i + phrase.length <= tokens.length; i++) {
				const window = tokens.slice(i, i + phrase.length);
				const last = window.at(-1) ?? '';
				const lastWord = phrase.at(-1) ?? '';
				const same =
					window.slice(0, -1).every((word, j) => word === phrase[j]) &&
					(last === lastWord || last === `${lastWord}s` || last === `${lastWord}es`);
				if (!same) continue;
				if (!found.has(group.slug)) found.set(group.slug, i);
				window.forEach((word) => used.add(word));
			}
		}
	}
	const ordered = [...found].sort((a, b) => a[1] - b[1]).map(([slug]) => slug);
	return { groups: ordered, words: used };
}
