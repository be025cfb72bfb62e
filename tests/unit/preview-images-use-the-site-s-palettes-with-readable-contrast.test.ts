import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PREVIEW_PALETTE } from '../../src/utils/preview-cards.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
/** The custom properties of the first rule block after `marker` in global.css. */
function palette(marker: string): Record<string, string> {
	const start = css.indexOf(marker);
	const block = css.slice(css.indexOf(':root', start), css.indexOf('}', css.indexOf(':root', start)));
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
	);
}

/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};

describe("preview images use the site's palettes with readable contrast", () => {
	test('the dark band and the light body take their colours from the stylesheet', () => {
		const light = palette('/* One stylesheet');
		const dark = palette('prefers-color-scheme: dark');
		expect(PREVIEW_PALETTE.dark).toEqual({ bg: dark['bg'], soft: dark['fg-soft'], accent: dark['accent'] });
		expect(PREVIEW_PALETTE.light).toEqual({
			bg: light['bg'],
			fg: light['fg'],
			soft: light['fg-soft'],
			line: light['line'],
		});
	});

	test('every text on the card meets WCAG AA contrast (4.5:1) on its background', () => {
		const { dark, light } = PREVIEW_PALETTE;
		const pairs = {
			eyebrow: [dark.soft, dark.bg],
			code: [dark.accent, dark.bg],
			text: [light.fg, light.bg],
			footer: [light.soft, light.bg],
		};
		for (const [name, [fg, bg]] of Object.entries(pairs)) expect(contrast(fg!, bg!), name).toBeGreaterThanOrEqual(4.5);
	});
});
