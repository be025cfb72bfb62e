import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST, pageType } from './support/site.ts';

/**
 * Every HTML file of the built site, validated with html-validate's recommended
 * rules (configured once in .htmlvalidate.json), one test per page type so a
 * new kind of page is checked the day it is built.
 */
const byType = Map.groupBy(builtPages(), (page) => pageType(page.path));
const validator = new HtmlValidate(new FileSystemConfigLoader());

// Some 250 code pages of 25 to 40 KB each (a recipe in two languages on every one) take longer to validate than
// Playwright's default 30 s when the 2 cores are busy.
test.setTimeout(120_000);

for (const [type, pages] of byType) {
	test(`${type} (${pages.length} file${pages.length === 1 ? '' : 's'}) is valid HTML`, async () => {
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateFile(join(DIST, page.file));
			for (const message of report.results.flatMap((r) => r.messages)) {
				problems.push(`${page.file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
			}
		}
		expect(problems, 'html-validate found problems (rules: .htmlvalidate.json)').toEqual([]);
	});
}
