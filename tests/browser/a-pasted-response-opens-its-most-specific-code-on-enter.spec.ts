import { expect, test } from './support/fixtures.ts';
import { catalog } from '../support/catalog.ts';
import { searchBox } from './support/search.ts';

/** The page of an entry, by id; the table below names only ids the catalog has. */
const pathOf = (id: string) => {
	const entry = catalog.byId.get(id);
	if (!entry) throw new Error(`The catalog has no ${id}: update this table.`);
	return entry.path;
};

/** Real-shaped pastes (see /work's research notes: an error body, a faulty resource, a bindings dict, curl -i). */
const pastes: [what: string, paste: string, opens: string][] = [
	['an error body', '{"code": 400, "status": {"code": -1206, "message": "Validation error"}}', 'general/-1206'],
	[
		'a faulty time series, as the Python bindings return it',
		JSON.stringify({
			code: 200,
			resource: 'timeseries/5f3a0c1e8f2b1d0007a1b2c3',
			object: { status: { code: -1, error: -30021, message: 'The time series cannot be created now', elapsed: 9 } },
			error: null,
		}),
		'time-series/-30021',
	],
	[
		'a faulty source, as Python prints it',
		"{'code': 500, 'resource': 'source/5e4ee08e440ca1324410ccbd', 'object': {'status': {'code': -1, 'error': -2020, 'message': 'Spreadsheet not parseable'}}, 'error': None}",
		'source/-2020',
	],
	[
		'curl -i of an error, pasted into a one-line box',
		'HTTP/1.1 404 NOT FOUND\nContent-Type: application/json\n\n{"code": 404, "status": {"code": -1201, "message": "Invalid Id"}}',
		'general/-1201',
	],
];

for (const [what, paste, opens] of pastes) {
	test(`${what}, pasted in the header box, opens ${opens} on Enter`, async ({ sweep }) => {
		await sweep.goto('/http/');
		await searchBox(sweep).focus();
		await sweep.keyboard.insertText(paste);
		await sweep.keyboard.press('Enter');
		await expect(sweep).toHaveURL(pathOf(opens));
	});
}
