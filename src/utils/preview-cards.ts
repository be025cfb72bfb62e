import { codeHeadline, codeLabel, type Catalog, type CatalogEntry, type CatalogGroup } from './catalog.ts';
import { codePreviewPath, groupPreviewPath, SITE_PREVIEW_PATH } from './paths.ts';
import { SITE_NAME } from './structured-data.ts';

/** The size of every preview image: what Slack, Teams, Open Graph and `summary_large_image` cards expect (1.91:1). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * Up to this many codes, every code gets its own preview image; above it, a
 * code page shows its group's. Measured on the 2-core machine: an image takes
 * about 45 ms of CPU to lay out, rasterise and encode, so 20,000 code images
 * would take about 7½ minutes of a build that must stay within 2 (README,
 * "Speed and size"); 2,000 take about 45 s. BigML's catalog has under 300 codes.
 */
export const PER_CODE_PREVIEW_LIMIT = 2000;

/**
 * The colours of a preview image, from the site's two palettes
 * (src/styles/global.css): the code sits on a band in the dark palette and
 * its text on the light one, so the card stands out from a chat tool's light
 * or dark theme alike. A unit test checks they still match the stylesheet and
 * that every text meets WCAG AA contrast on its background.
 */
export const PREVIEW_PALETTE = {
	dark: { bg: '#111317', soft: '#a9b0bc', accent: '#7db8f5' },
	light: { bg: '#ffffff', fg: '#1b1d21', soft: '#545a66', line: '#d9dce2' },
} as const;

/** What a preview image says, top to bottom. All plain text: the renderer never reads markup. */
export interface PreviewCard {
	/** The small line above the big one: "BigML.io model error". */
	eyebrow: string;
	/** The big line: the code's number, a group's title, or the site's name. */
	big: string;
	/** The line that says what it is: the code's name or text, or the group's description. */
	headline: string;
	/** BigML's text under a code's name (HTTP and task statuses), when the headline is the name. */
	detail?: string;
	/** The line at the bottom: the family, or how many codes (the site's name is the unfurl's own first line). */
	footer: string;
}

/** A preview image to make: where it goes, what it says, and the text that describes it to screen readers. */
export interface PreviewImage {
	path: string;
	card: PreviewCard;
	alt: string;
}

/** Whether this catalog gets one image per code (true) or code pages show their group's (false). */
export function previewsPerCode(catalog: Pick<Catalog, 'entries'>): boolean {
	return catalog.entries.length <= PER_CODE_PREVIEW_LIMIT;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** The preview image of a code: its number, its name or text, and its family. */
export function codePreview(entry: CatalogEntry): PreviewImage {
	const retired = entry.retired === undefined ? '' : ' (retired)';
	const headline = codeHeadline(entry);
	const card: PreviewCard = {
		eyebrow: `BigML.io ${codeLabel(entry.group)}${retired}`,
		big: String(entry.code),
		headline,
		...(entry.name !== undefined && { detail: entry.text }),
		footer: entry.group.title,
	};
	return {
		path: codePreviewPath(entry.group, entry.code),
		card,
		alt: `${entry.code}: ${headline}. ${card.eyebrow}, ${entry.group.title}.`,
	};
}

/** The preview image of a group: its title, what it covers, and how many codes. */
export function groupPreview(group: CatalogGroup): PreviewImage {
	const card: PreviewCard = {
		eyebrow: `BigML.io ${codeLabel(group, { plural: true })}`,
		big: group.title,
		headline: group.description,
		footer: `${plural(group.entries.length, 'code')}${group.resource ? ` · resource type ${group.resource}` : ''}`,
	};
	return { path: groupPreviewPath(group), card, alt: `${group.title}: ${group.description}` };
}

/** The preview image of every other page: the site itself. */
export function sitePreview(catalog: Pick<Catalog, 'entries' | 'groups'>): PreviewImage {
	const card: PreviewCard = {
		eyebrow: 'Reference',
		big: 'BigML.io codes',
		headline: 'Every HTTP status, task status and error code BigML.io documents, and what to do about each.',
		footer: `${plural(catalog.entries.length, 'code')} in ${plural(catalog.groups.length, 'group')}`,
	};
	return { path: SITE_PREVIEW_PATH, card, alt: `${SITE_NAME}: ${card.headline}` };
}

/** The image a code page shows: its own, or its group's in a catalog too large for one per code. */
export function previewOfCode(catalog: Pick<Catalog, 'entries'>, entry: CatalogEntry): PreviewImage {
	return previewsPerCode(catalog) ? codePreview(entry) : groupPreview(entry.group);
}

/** Every preview image a build makes: the site's, each group's, and each code's while the catalog is small enough. */
export function previewImages(catalog: Pick<Catalog, 'entries' | 'groups'>): PreviewImage[] {
	return [
		sitePreview(catalog),
		...catalog.groups.map(groupPreview),
		...(previewsPerCode(catalog) ? catalog.entries.map(codePreview) : []),
	];
}
