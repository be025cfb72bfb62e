import { expect, test } from 'vitest';
import { ACTOR_LABELS, RETRY_LABELS } from '../../src/utils/guidance.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog, guidance } from '../support/catalog.ts';

test('every code page says what it means, what to do, whether to retry, who acts, and where it comes from', () => {
	const problems: string[] = [];
	for (const entry of catalog.entries) {
		const built = builtPage(entry.path);
		if (!built) {
			problems.push(`${entry.path}: not built`);
			continue;
		}
		const article = built.doc.text(built.doc.first('article'));
		const g = guidance[entry.kind];
		const shown = (text: string) => article.includes(text) || problems.push(`${entry.path}: lacks "${text}"`);
		const hidden = (text: string) => !article.includes(text) || problems.push(`${entry.path}: says "${text}"`);
		for (const text of [g.summary, g.meaning, ...g.causes, ...g.actions]) shown(text);
		shown(RETRY_LABELS[g.retry.verdict]);
		shown(ACTOR_LABELS[g.actor]);
		shown("not BigML's own words");
		for (const citation of g.bigml ?? []) shown(citation.about);
		if (entry.provenance === 'observed') {
			shown(`BigML.io's Status Codes table does not list ${entry.code}`);
			for (const source of entry.sources ?? []) shown(`${source.repository} › ${source.path}`);
			hidden("BigML.io's own text");
		} else {
			hidden('Not in BigML');
			shown("BigML.io's own text");
		}
	}
	expect(problems).toEqual([]);
});
