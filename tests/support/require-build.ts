import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site.ts';

/**
 * Vitest global setup of the `dist` project: its tests read the built site,
 * so without one they would all fail on a missing file. One clear message instead.
 */
export default function requireBuild(): void {
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error(`${DIST}/ has no built site: run \`npm run build\` first (npm test builds before the dist tests).`);
}
