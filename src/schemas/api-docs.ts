import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';

/** The pages of BigML's API documentation, one per resource: `https://bigml.com/api/models`. */
export const API_DOCS_URL = /^https:\/\/bigml\.com\/api\/[a-z]+$/;

/**
 * Where a family's resource is documented in BigML's API documentation, and
 * where BigML's own code or docs give that address. A family without an
 * attested address (composites, dataset exports) has no `apiDocs`: no link is
 * guessed.
 */
export const apiDocsSchema = z
	.strictObject({
		/** The resource's page of BigML's API documentation. */
		url: z.string().regex(API_DOCS_URL, {
			error: "must be a page of BigML's API documentation, such as https://bigml.com/api/models (no anchor or query)",
		}),
		/** The passage of BigML's own repositories that gives the address, quoted verbatim. */
		source: citationSchema,
	})
	.superRefine((docs, ctx) => {
		if (!docs.source.repository.startsWith('bigmlcom/')) {
			ctx.addIssue({
				code: 'custom',
				path: ['source', 'repository'],
				message: `"${docs.source.repository}" is not one of BigML's repositories (bigmlcom/…): only BigML's own code or docs can attest where BigML documents a resource`,
			});
		}
		if (!docs.source.quote.includes(docs.url)) {
			ctx.addIssue({
				code: 'custom',
				path: ['source', 'quote'],
				message: `does not contain ${docs.url}: quote the passage that gives this address, or fix the url to the one it gives`,
			});
		}
	});

/** A validated `apiDocs` entry. */
export type ApiDocs = z.infer<typeof apiDocsSchema>;
