import { ACTOR_LABELS, RETRY_LABELS } from '../../src/utils/guidance.ts';
import { catalog, guidance } from './support/catalog.ts';
import { expect, readPage, test } from './support/fixtures.ts';

for (const entry of catalog.entries) {
	const g = guidance[entry.kind];
	test(`${entry.path} says what ${entry.code} means, what to do, whether to retry, who acts, and where it comes from`, async ({
		sweep,
	}) => {
		const page = await readPage(sweep, entry.path);
		for (const text of [
			g.summary,
			g.meaning,
			...g.causes,
			...g.actions,
			RETRY_LABELS[g.retry.verdict],
			ACTOR_LABELS[g.actor],
		]) {
			expect(page.article).toContain(text);
		}
		expect(page.article).toContain("not BigML's own words");
		for (const citation of g.bigml ?? []) expect(page.article).toContain(citation.about);
		if (entry.provenance === 'observed') {
			expect(page.article).toContain(`BigML.io's Status Codes table does not list ${entry.code}`);
			for (const source of entry.sources ?? []) expect(page.article).toContain(`${source.repository} › ${source.path}`);
			expect(page.article).not.toContain("BigML.io's own text");
		} else {
			expect(page.article).not.toContain('Not in BigML');
			expect(page.article).toContain("BigML.io's own text");
		}
	});
}
