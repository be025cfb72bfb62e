import { expect, test } from 'vitest';
import { codeHeadline, codeTitle } from '../../src/utils/catalog.ts';
import { builtPage } from '../support/built-site.ts';
import { catalog, guidance, permalink } from '../support/catalog.ts';
import { pageFacts } from '../support/page-facts.ts';

test("every code page shows its number and BigML's text, and unfurls with both", () => {
	const problems: string[] = [];
	for (const entry of catalog.entries) {
		const built = builtPage(entry.path);
		if (!built) {
			problems.push(`${entry.path}: not built`);
			continue;
		}
		const page = pageFacts(built.doc);
		const wrong = (what: string) => problems.push(`${entry.path}: ${what}`);
		if (!page.h1.includes(String(entry.code))) wrong(`h1 "${page.h1}" lacks ${entry.code}`);
		if (!page.h1.includes(codeHeadline(entry))) wrong(`h1 "${page.h1}" lacks "${codeHeadline(entry)}"`);
		if (!page.article.includes(entry.text)) wrong(`the article lacks BigML's text "${entry.text}"`);
		if (!page.breadcrumbs.includes(entry.group.title)) wrong(`the breadcrumbs lack "${entry.group.title}"`);
		if (page.title !== codeTitle(entry)) wrong(`<title> is "${page.title}", not "${codeTitle(entry)}"`);
		const meta = {
			canonical: permalink(entry.path),
			description: guidance[entry.kind].summary,
			ogTitle: codeTitle(entry),
			ogDescription: guidance[entry.kind].summary,
			ogUrl: permalink(entry.path),
		};
		for (const [name, value] of Object.entries(meta)) {
			const found = page.meta[name as keyof typeof meta];
			if (found !== value) wrong(`${name} is ${JSON.stringify(found)}, not ${JSON.stringify(value)}`);
		}
		// The table of sibling codes: the group's codes in order, this one marked current.
		const listed = page.rows.map((r) => r.links[0]?.href).join(' ');
		const siblings = entry.group.entries.map((e) => e.path).join(' ');
		if (listed !== siblings) wrong(`its table lists ${listed || 'nothing'}, not the group's ${siblings}`);
		const current = page.rows.filter((r) => r.current).map((r) => r.links[0]?.href);
		if (current.join() !== entry.path) wrong(`the rows marked current are ${current.join(', ') || 'none'}`);
	}
	expect(problems).toEqual([]);
});
