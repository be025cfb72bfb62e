/**
 * The public origin of the site. Canonical links, Open Graph tags and the
 * links people copy into tickets are built from it, so a deployment sets
 * SITE_URL; the default is the local server that `npm start` and the tests use.
 */
export const SITE = process.env['SITE_URL'] ?? 'http://localhost:4321';
