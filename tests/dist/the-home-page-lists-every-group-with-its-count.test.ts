import { describe, expect, test } from 'vitest';
import { CODES_PATH, ERRORS_PATH, HOME_PATH } from '../../src/utils/paths.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog } from '../support/catalog.ts';
import { attr, type HtmlDocument } from '../support/html.ts';

/** A built page that must exist, parsed. */
const page = (path: string) => {
	const built = builtPage(path);
	if (!built) throw new Error(`${path} is not built`);
	return built.doc;
};
/** The targets of the links in a page's <main>. */
const mainLinks = (doc: HtmlDocument) => doc.inside(doc.first('main'), 'a').map((a) => attr(a, 'href') ?? '');

describe('the home page lists every group with its count, and the indexes list every group and code', () => {
	test('the home page lists every group with its code count, families under BigML’s categories', () => {
		const doc = page(HOME_PATH);
		const main = doc.first('main');
		const problems: string[] = [];
		const documented = catalog.entries.filter((e) => e.provenance === 'documented').length;
		const total = `${documented} of them in ${catalog.groups.length} groups`;
		if (!doc.text(main).includes(total)) problems.push(`the lede does not say "${total}"`);
		const items = doc.inside(main, 'li');
		for (const group of catalog.groups) {
			const count = `${group.entries.length} code${group.entries.length === 1 ? '' : 's'}`;
			const item = items.find((li) => doc.inside(li, 'a').some((a) => attr(a, 'href') === group.path));
			if (!item) problems.push(`${group.path} is not listed`);
			else if (!doc.text(item).includes(count)) problems.push(`${group.path} is listed as "${doc.text(item)}"`);
		}
		const sections = doc.inside(main, 'section');
		for (const { title, groups } of catalog.categories) {
			const section = sections.find((s) =>
				doc.inside(s, '*').some((h) => /^h\d$/.test(h.name) && doc.text(h) === title),
			);
			const listed = doc.inside(section, 'a').map((a) => doc.text(a));
			if (listed.join() !== groups.map((g) => g.title).join())
				problems.push(`the "${title}" section lists ${listed.join(', ') || 'nothing'}`);
		}
		expect(problems).toEqual([]);
	});

	test('the errors index links every error group, and the all-codes page every code once', () => {
		const fromErrors = mainLinks(page(ERRORS_PATH));
		const notOnce = catalog.errorGroups.filter((g) => fromErrors.filter((href) => href === g.path).length !== 1);
		expect(notOnce.map((g) => g.path)).toEqual([]);
		const codes = page(CODES_PATH);
		const rows = codes.all('tbody').flatMap((body) => codes.inside(body, 'tr'));
		const firstLinks = rows.map((row) => attr(codes.inside(row, 'a')[0], 'href'));
		expect(firstLinks.toSorted()).toEqual(catalog.entries.map((e) => e.path).toSorted());
	});
});
