import { readSetting, reportTargetSchema, siteUrlSchema } from '../schemas/site-config.ts';
import { absoluteUrl } from '../utils/paths.ts';

/** The origin a build names when it was not told the public one: the local server of `npm start` and the tests. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * The public origin the build was given (`SITE_URL`), or `undefined`. Without
 * it, the links people copy are made in the browser from the address the page
 * was opened at, so a site served from a preview deploy or a mirror never
 * hands out another origin's links.
 */
export const PUBLIC_ORIGIN = readSetting('SITE_URL', siteUrlSchema, process.env['SITE_URL']);

/**
 * The origin of canonical links, Open Graph tags (preview images included)
 * and the sitemap, which must be absolute: the public origin, else the local one.
 */
export const SITE = PUBLIC_ORIGIN ?? LOCAL_ORIGIN;

/**
 * Where "Report a problem with this page" leads (`REPORT_URL`): an issue
 * tracker's new-issue URL or a `mailto:` address; `undefined` hides the link.
 */
export const REPORT_TARGET = readSetting('REPORT_URL', reportTargetSchema, process.env['REPORT_URL']);

/**
 * A page's address as the build can name it: absolute on the public origin,
 * or the path alone when the build was not given one (never the local origin,
 * which would be wrong wherever the site is served).
 */
export function publicUrl(path: string): string {
	return PUBLIC_ORIGIN ? absoluteUrl(path, PUBLIC_ORIGIN) : path;
}

/** The one line `npm run build` prints when SITE_URL is not set; undefined when it is. */
export function localOriginNotice(): string | undefined {
	return PUBLIC_ORIGIN
		? undefined
		: `SITE_URL is not set: canonical links, preview images and the sitemap will name ${LOCAL_ORIGIN}; copied links use the address a page is opened at. Set SITE_URL to the public origin to deploy (README, "Deploying").`;
}
