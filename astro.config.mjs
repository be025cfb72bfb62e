// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/build/site.ts';
import { sitemap } from './src/build/sitemap-integration.ts';

export default defineConfig({
	site: SITE,
	// Every page is a folder with an index.html; URLs always end in a slash, and
	// the server redirects the slash-less form (see tools/serve.mjs).
	trailingSlash: 'always',
	// No inline <style> or <script>: the Content-Security-Policy (public/_headers) allows only files from the site.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// One stylesheet for the whole site: a page renders from its HTML and one cached CSS file.
	vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
	// Prism marks code tokens with classes (coloured in global.css); Shiki's inline style attributes would break the CSP.
	markdown: { syntaxHighlight: 'prism' },
	integrations: [mdx(), sitemap()],
	devToolbar: { enabled: false },
});
