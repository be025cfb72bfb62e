import { z } from 'astro/zod';

/**
 * Where "Report a problem with this page" sends a reader (`REPORT_URL`): the
 * new-issue page of an issue tracker (`https://…`), or an email address
 * (`mailto:…` or the bare address). Unset, the link is not shown.
 */
export const reportTargetSchema = z
	.string()
	.trim()
	.transform((value) => (/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(value) ? `mailto:${value}` : value))
	.refine((value) => /^https:\/\/[^\s]+$/.test(value) || /^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
		error:
			"must be an issue tracker's new-issue URL starting with https:// (such as https://github.com/owner/repo/issues/new) or an email address (such as codes@example.org, or mailto:codes@example.org)",
	})
	.refine((value) => !value.startsWith('mailto:') || !value.includes('?'), {
		error: 'must be the bare email address: the link adds the subject and body itself',
	});

/**
 * The origin the site is published at (`SITE_URL`): canonical links, preview
 * images and the sitemap are built from it.
 */
export const siteUrlSchema = z
	.string()
	.trim()
	.refine((value) => /^https?:\/\/[^\s/?#]+\/?$/.test(value), {
		error: 'must be an origin such as https://codes.example.org, with no path, query or fragment',
	});

/**
 * Reads one setting of the site's configuration from the environment, and
 * stops the build with the variable's name, what is wrong and how to fix it.
 */
export function readSetting<T>(name: string, schema: z.ZodType<T>, value: string | undefined): T | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw new Error(
		`${name}=${JSON.stringify(value)} ${result.error.issues[0]?.message ?? 'is not valid'}; fix it or unset it (see README, "Deploying").`,
	);
}
