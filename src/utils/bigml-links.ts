import type { Citation } from '../schemas/citation.ts';

/**
 * Where BigML publishes what this site quotes and points to, each address
 * with the place it was seen, so a page can say where it comes from. Only
 * what BigML's own repositories attest is here (see
 * shared/research/bigml-facts.md); nothing is guessed.
 */

/** BigML.io's Status Codes page: the source of every code's text on this site. */
export const STATUS_CODES_URL = 'https://bigml.com/api/status_codes';

/** Where {@link STATUS_CODES_URL} is attested: BigML's Python bindings name it above their HTTP status constants. */
export const STATUS_CODES_SOURCE: Citation = {
	repository: 'bigmlcom/python',
	path: 'bigml/bigmlconnection.py',
	commit: '73c97000235fda8ca988f20df5c57fdf4bf2f40f',
	quote: '# HTTP Status Codes from https://bigml.com/api/status_codes',
	about: "BigML's Python bindings name the Status Codes page as the source of their HTTP status constants.",
};

/**
 * How BigML says to reach its support: the email address in the Support
 * section of the README of bigmlcom/io, BigML's repository for BigML.io. That
 * README last changed on 2018-06-04; no newer address was found in BigML's
 * repositories, and its website was not reachable from here to compare.
 */
export const SUPPORT_EMAIL = 'support@bigml.com';

/** Where {@link SUPPORT_EMAIL} is published, verbatim. */
export const SUPPORT_SOURCE: Citation = {
	repository: 'bigmlcom/io',
	path: 'README.md',
	commit: '4fb20e7a6620e64139b1480bf653ae88ae1ee85a',
	quote:
		'For questions and discussion on our bindings, please check our or\n[BigML forum and mailing list](https://groups.google.com/forum/#!forum/bigml)\nor contact us directly at\n[support@bigml.com](mailto:support@bigml.com).',
	about: "The Support section of BigML's BigML.io repository gives this address (README last changed 2018-06-04).",
};

/** When the support source was last changed, to say how old the address may be. */
export const SUPPORT_SOURCE_DATE = '2018-06-04';

/** Whether a guidance text tells the reader to contact BigML support, and so should say how. */
export function mentionsSupport(text: string): boolean {
	return /\bcontact BigML( support)?\b/i.test(text);
}
