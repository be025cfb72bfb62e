import type { CatalogGroup } from './catalog.ts';
import { ERRORS_PATH, HOME_PATH } from './paths.ts';

/** A link in the breadcrumb trail. */
export interface Crumb {
	label: string;
	href: string;
}

/** The trail down to a group's page: Home › (Errors ›) group. */
export function sectionCrumbs(group: Pick<CatalogGroup, 'type' | 'title' | 'path'>): Crumb[] {
	const home = { label: 'Home', href: HOME_PATH };
	const errors = { label: 'Errors', href: ERRORS_PATH };
	const self = { label: group.title, href: group.path };
	return group.type === 'http' || group.type === 'status' ? [home, self] : [home, errors, self];
}
