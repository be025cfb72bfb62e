import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST } from '../support/built-site.ts';

/**
 * Every HTML file of the built site, validated with html-validate's recommended
 * rules (configured once in .htmlvalidate.json), whatever route built it.
 */
test('every page is valid HTML', { timeout: 180_000 }, async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const page of builtPages()) {
		// The parsed text is validated, under its file's name so the folder's configuration applies.
		const report = await validator.validateString(page.html, join(DIST, page.file));
		for (const message of report.results.flatMap((r) => r.messages)) {
			problems.push(`${page.file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
		}
	}
	expect(problems, 'html-validate found problems (rules: .htmlvalidate.json)').toEqual([]);
});
