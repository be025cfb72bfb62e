import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori, { type Font } from 'satori';
import { PREVIEW_PALETTE, PREVIEW_SIZE, type PreviewCard } from '../utils/preview-cards.ts';

const require = createRequire(import.meta.url);

/**
 * Inter, from its npm package (no download at build time). Satori reads WOFF,
 * not WOFF2. The Latin and Latin Extended subsets cover BigML's texts (English,
 * with typographic quotes, dashes and the minus sign).
 */
function loadFonts(): Font[] {
	return (['latin', 'latin-ext'] as const).flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: 'Inter',
			weight,
			style: 'normal' as const,
			data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
		})),
	);
}

let fonts: Font[] | undefined;

/**
 * resvg's WebAssembly build, loaded from its package. Its native build (resvg-js
 * 2.6.2) kept about 3 MB per image until the process ended (thx/resvg-js#216),
 * 7 GB for 2,000 images; this one frees each image, for a third more time.
 */
let wasm: Promise<void> | undefined;

/** A satori element: what it reads instead of JSX. */
interface Element {
	type: 'div';
	props: { style: Record<string, string | number>; children?: string | Element | (Element | false)[] };
}
const div = (style: Element['props']['style'], children?: Element['props']['children']): Element => ({
	type: 'div',
	props: { style, ...(children !== undefined && { children }) },
});

/** A long headline gets a smaller size, so BigML's longest texts still fit in three lines. */
function headlineSize(text: string): number {
	if (text.length <= 50) return 60;
	if (text.length <= 90) return 50;
	return 42;
}

/** The card's layout: a dark band with the eyebrow and the big line, then the headline and the footer on white. */
function layout(card: PreviewCard): Element {
	const { dark, light } = PREVIEW_PALETTE;
	const big = card.big.length <= 8 ? 150 : card.big.length <= 16 ? 110 : 84;
	return div(
		{
			width: PREVIEW_SIZE.width,
			height: PREVIEW_SIZE.height,
			display: 'flex',
			flexDirection: 'column',
			fontFamily: 'Inter',
			background: light.bg,
		},
		[
			div(
				{
					display: 'flex',
					flexDirection: 'column',
					background: dark.bg,
					padding: '36px 64px 28px',
					borderBottom: `10px solid ${dark.accent}`,
				},
				[
					div({ fontSize: 44, fontWeight: 700, color: dark.soft }, card.eyebrow),
					div(
						{ fontSize: big, fontWeight: 700, color: dark.accent, lineHeight: 1.1, lineClamp: 1, display: 'block' },
						card.big,
					),
				],
			),
			div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '36px 64px 40px' }, [
				div(
					{
						fontSize: headlineSize(card.headline),
						fontWeight: 700,
						color: light.fg,
						lineHeight: 1.2,
						display: 'block',
						lineClamp: card.detail ? 1 : 3,
					},
					card.headline,
				),
				card.detail !== undefined &&
					div(
						{ fontSize: 34, color: light.fg, lineHeight: 1.3, marginTop: 14, display: 'block', lineClamp: 2 },
						card.detail,
					),
				div(
					{
						marginTop: 'auto',
						paddingTop: 18,
						borderTop: `2px solid ${light.line}`,
						fontSize: 40,
						color: light.soft,
						display: 'block',
						lineClamp: 1,
					},
					card.footer,
				),
			]),
		],
	);
}

/**
 * Draws a preview card as a PNG of {@link PREVIEW_SIZE}: satori lays the text
 * out (wrapping, clamping long texts with an ellipsis) as SVG paths in the
 * bundled font, and resvg rasterises it. No browser, no network.
 */
export async function renderPreview(card: PreviewCard): Promise<Uint8Array> {
	fonts ??= loadFonts();
	wasm ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
	const svg = await satori(layout(card), { ...PREVIEW_SIZE, fonts });
	await wasm;
	// Satori drew the text as paths: resvg needs no font, and is told to load none.
	const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
	const image = resvg.render();
	try {
		return image.asPng();
	} finally {
		image.free();
		resvg.free();
	}
}
