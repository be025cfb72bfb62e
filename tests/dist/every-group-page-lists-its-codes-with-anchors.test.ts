import { expect, test } from 'vitest';
import { builtPage } from '../support/built-site.ts';
import { catalog, permalink } from '../support/catalog.ts';
import { pageFacts } from '../support/page-facts.ts';

test('every group page lists its codes in order, each row linkable by #number', () => {
	const problems: string[] = [];
	for (const group of catalog.groups) {
		const built = builtPage(group.path);
		if (!built) {
			problems.push(`${group.path}: not built`);
			continue;
		}
		const page = pageFacts(built.doc);
		const wrong = (what: string) => problems.push(`${group.path}: ${what}`);
		if (page.h1 !== group.title) wrong(`h1 is "${page.h1}", not "${group.title}"`);
		if (page.meta.canonical !== permalink(group.path)) wrong(`canonical is ${page.meta.canonical}`);
		if (page.rows.length !== group.entries.length)
			wrong(`${page.rows.length} rows for its ${group.entries.length} codes`);
		group.entries.forEach((entry, i) => {
			const row = page.rows[i];
			const at = `row ${i + 1} (${entry.code})`;
			if (row?.id !== String(entry.code)) wrong(`${at} has id ${JSON.stringify(row?.id)}`);
			const link = row?.links[0];
			if (link?.text !== String(entry.code) || link.href !== entry.path)
				wrong(`${at} links ${JSON.stringify(link)}, not "${entry.code}" to ${entry.path}`);
			if (!row?.text.includes(entry.text)) wrong(`${at} lacks BigML's text`);
			if (entry.name && !row?.text.includes(entry.name)) wrong(`${at} lacks the name "${entry.name}"`);
		});
	}
	expect(problems).toEqual([]);
});
