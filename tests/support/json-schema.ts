import { Ajv2020 } from 'ajv/dist/2020.js';

/** A JSON Schema 2020-12 validator, independent of zod, with the two formats the catalog's schema uses. */
export function schemaValidator(schema: Record<string, unknown>) {
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	ajv.addFormat('uri', (s: string) => URL.canParse(s));
	ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
	return ajv.compile(schema);
}
