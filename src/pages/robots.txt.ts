import type { APIRoute } from 'astro';
import { absoluteUrl, HOME_PATH, SITEMAP_PATH } from '../utils/paths.ts';

/** Lets every crawler in and points it at the sitemap (written after the build by src/build/sitemap-integration.ts). */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: ${HOME_PATH}\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site!)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
