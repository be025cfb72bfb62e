import { expect, test } from './support/fixtures.ts';
import { hrefs, readAnswer } from './support/search.ts';
import { searchPath } from '../../src/utils/paths.ts';
import { serveSite, type ServedSite } from '../support/serve-site.ts';
import { splitIndexSite } from '../support/split-index.ts';

/**
 * A large catalog's full-text index is built in parts the browser merges
 * (tools/full-text-index.mjs). The real catalog fits in one, so a copy of the
 * built site is indexed again in parts of 60 pages (how the parts are cut is
 * checked in tests/dist), and both sites are searched for the same queries.
 */
const PAGES_PER_PART = 60;
const QUERIES = ['faulty', 'cannot be cloned', 'too many', 'linear regression', 'payment'];
/** A query with a filter: the filter index is split too. */
const FILTERED = searchPath('cannot', { group: 'family', family: 'model' });

let site: ReturnType<typeof splitIndexSite>;
let served: ServedSite;
test.beforeAll(async () => {
	test.setTimeout(60_000);
	site = splitIndexSite(PAGES_PER_PART);
	served = await serveSite(site.dir);
});
test.afterAll(async () => {
	await served?.close();
	site?.remove();
});

test(`searches list the same codes from an index split in parts of ${PAGES_PER_PART} pages as from one index`, async ({
	sweep,
	baseURL,
}) => {
	const differ: string[] = [];
	for (const path of [...QUERIES.map((q) => searchPath(q)), FILTERED]) {
		const query = new URL(path, baseURL).searchParams.get('q') ?? '';
		await sweep.goto(new URL(path, baseURL).href);
		const whole = hrefs(await readAnswer(sweep, query)).toSorted();
		await sweep.goto(new URL(path, served.origin).href);
		const parts = hrefs(await readAnswer(sweep, query)).toSorted();
		if (whole.length === 0) differ.push(`${path}: finds nothing on the real site`);
		if (parts.join() !== whole.join())
			differ.push(`${path}: split lists ${parts.join(', ')}; whole ${whole.join(', ')}`);
	}
	expect(differ).toEqual([]);
});
