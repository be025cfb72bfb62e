import type { APIRoute } from 'astro';

/** Lets every crawler in and points it at the sitemap (written after the build by src/integrations/sitemap.ts). */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
