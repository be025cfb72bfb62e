// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/lib/site.ts';

export default defineConfig({
	site: SITE,
	// Every page is a folder with an index.html; URLs always end in a slash, and
	// the server redirects the slash-less form (see scripts/serve.mjs).
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
