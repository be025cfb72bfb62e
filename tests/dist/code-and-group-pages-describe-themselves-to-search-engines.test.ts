import { expect, test } from 'vitest';
import { schemaValidator } from '../support/json-schema.ts';
import { STRUCTURED_DATA_SCHEMA } from '../support/structured-data-schema.ts';
import { attr } from '../support/html.ts';
import { catalog } from '../support/catalog.ts';
import { builtPages } from '../support/built-site.ts';

const validate = schemaValidator(STRUCTURED_DATA_SCHEMA);
const pages = new Map(builtPages().map((p) => [p.path, p]));

/** The JSON-LD of a page, with the facts it must agree with: canonical URL, preview image, breadcrumbs. */
function read(path: string) {
	const page = pages.get(path)!;
	const scripts = page.doc.all('script', (s) => attr(s, 'type') === 'application/ld+json');
	const meta = (key: string) =>
		attr(
			page.doc.first('meta', (m) => attr(m, 'property') === key),
			'content',
		);
	return {
		scripts: scripts.length,
		data: JSON.parse(page.doc.text(scripts[0]) || 'null'),
		canonical: attr(
			page.doc.first('link', (l) => attr(l, 'rel') === 'canonical'),
			'href',
		),
		image: meta('og:image'),
		description: attr(
			page.doc.first('meta', (m) => attr(m, 'name') === 'description'),
			'content',
		),
		crumbs: page.doc
			.all('nav', (n) => attr(n, 'aria-label') === 'Breadcrumbs')
			.flatMap((nav) => page.doc.inside(nav, 'a').map((a) => ({ name: page.doc.text(a), href: attr(a, 'href') }))),
	};
}

for (const [kind, paths] of [
	['code', catalog.entries.map((e) => e.path)],
	['group', catalog.groups.map((g) => g.path)],
] as const) {
	test(`every ${kind} page carries one valid schema.org description that agrees with the page`, () => {
		const found: string[] = [];
		for (const path of paths) {
			const { scripts, data, canonical, image, description, crumbs } = read(path);
			if (scripts !== 1) found.push(`${path}: ${scripts} JSON-LD scripts`);
			if (!validate(data)) found.push(`${path}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
			const [main, trail] = data?.['@graph'] ?? [];
			if (main?.url !== canonical || main?.['@id'] !== canonical)
				found.push(`${path}: url is not the canonical ${canonical}`);
			if (main?.image !== image) found.push(`${path}: image is not og:image`);
			if (main?.description !== description) found.push(`${path}: description is not the page's`);
			const listed = trail?.itemListElement?.map((i: { name: string; item: string; position: number }) => ({
				name: i.name,
				href: new URL(i.item).pathname,
				position: i.position,
			}));
			const expected = crumbs.map((c, i) => ({ ...c, position: i + 1 }));
			if (JSON.stringify(listed) !== JSON.stringify(expected))
				found.push(`${path}: breadcrumbs differ from the page's`);
		}
		expect(found).toEqual([]);
	});
}
