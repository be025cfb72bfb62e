import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBigmlPage, type PageSection } from '../../tools/lib/bigml-page.ts';

/** Where the shared source lives: beside the repository, as CI lays it out. */
export const SOURCE_PATH = fileURLToPath(new URL('../../../shared/source/bigml-status-codes.txt', import.meta.url));

/** Whether the shared source is present (it is on CI and on the team's machines). */
export const hasSource = () => existsSync(SOURCE_PATH);

/** Reads the shared source with the one parser of BigML's page, the one `npm run catalog:sync` uses. */
export function readBigmlSource(): PageSection[] {
	return readBigmlPage(SOURCE_PATH).sections;
}
