/**
 * Real-shaped inputs for the decoder's "Or try" buttons, built on the shapes
 * BigML's bindings document: an error body, a faulty source (bigmlcom/python
 * docs/creating_resources.rst) and a faulty execution with a nested cause
 * (faradayio/bigml-rs execution_status.rs).
 */
export const DECODER_EXAMPLES = [
	{
		label: 'An error body',
		value: { code: 404, status: { code: -1201, message: 'Invalid Id', extra: ['model/5af06df94e17277501000010'] } },
	},
	{
		label: 'A faulty source',
		value: {
			code: 500,
			resource: 'source/5e4ee08e440ca1324410ccbd',
			status: {
				code: -1,
				elapsed: 225,
				error: -2020,
				message: 'Spreadsheet not parseable (please try to export to CSV): Encoding: application/zip',
				progress: 0,
			},
		},
	},
	{
		label: 'A nested cause',
		value: {
			resource: 'execution/5af06df94e17277501000011',
			status: {
				cause: { code: -1206, extra: { fields: 'Must be an object' }, http_status: 400 },
				code: -1,
				error: -8200,
				message: 'Problem while executing script: Error handling resource (Validation error)',
				progress: 0.195,
			},
		},
	},
].map(({ label, value }) => ({ label, json: JSON.stringify(value, null, 2) }));
