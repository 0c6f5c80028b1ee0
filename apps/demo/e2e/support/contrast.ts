/*
 * Colour contrast as WCAG 2.2 defines it, for the focus-ring check: pure functions over the colours
 * Chromium's computed styles report. https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** An sRGB colour, channels 0 to 255, and its alpha, 0 to 1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * The contrast a focus indicator needs against what is next to it: WCAG 2.2 success criterion 1.4.11
 * (non-text contrast), https://www.w3.org/WAI/WCAG22/Understanding/non-text-contrast.html
 */
export const MIN_NON_TEXT_CONTRAST = 3;

/** What a page shows where nothing paints a background: the canvas, white in the light scheme. */
export const CANVAS: Rgba = { r: 255, g: 255, b: 255, a: 1 };

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
const RGB = new RegExp(`^rgba?\\(\\s*(${NUMBER})[\\s,]+(${NUMBER})[\\s,]+(${NUMBER})(?:[\\s,/]+(${NUMBER}))?\\s*\\)$`, 'i');
const SRGB = new RegExp(`^color\\(\\s*srgb\\s+(${NUMBER})\\s+(${NUMBER})\\s+(${NUMBER})(?:\\s*/\\s*(${NUMBER}))?\\s*\\)$`, 'i');

function channel(text: string, scale: number): number {
  return text.endsWith('%') ? (Number.parseFloat(text) / 100) * scale : Number.parseFloat(text);
}

/**
 * Reads a computed CSS colour: `rgb(…)`, `rgba(…)` (comma or space syntax), `color(srgb …)` and
 * `transparent`. Anything else (a colour a computed style never reports) is null.
 *
 * @example
 * parseCssColor('rgba(240, 165, 0, 0.5)'); // { r: 240, g: 165, b: 0, a: 0.5 }
 */
export function parseCssColor(value: string): Rgba | null {
  const text = value.trim();
  if (text.toLowerCase() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = RGB.exec(text);
  if (rgb) {
    const [, r, g, b, a] = rgb as unknown as [string, string, string, string, string | undefined];
    return { r: channel(r, 255), g: channel(g, 255), b: channel(b, 255), a: a === undefined ? 1 : channel(a, 1) };
  }
  const srgb = SRGB.exec(text);
  if (srgb) {
    const [, r, g, b, a] = srgb as unknown as [string, string, string, string, string | undefined];
    return { r: channel(r, 1) * 255, g: channel(g, 1) * 255, b: channel(b, 1) * 255, a: a === undefined ? 1 : channel(a, 1) };
  }
  return null;
}

/**
 * `top` painted over `bottom` (source-over alpha compositing); opaque when `bottom` is.
 *
 * @example
 * composite({ r: 0, g: 0, b: 0, a: 0.5 }, CANVAS); // { r: 127.5, g: 127.5, b: 127.5, a: 1 }
 */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, u: number) => (t * top.a + u * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/**
 * What shows through a stack of backgrounds, nearest first (an element's, then its parent's, …): each
 * painted over the ones behind it, down to the first opaque one or else the white canvas.
 *
 * @example
 * backdrop([{ r: 0, g: 0, b: 0, a: 0 }, { r: 246, g: 247, b: 249, a: 1 }]); // the opaque #f6f7f9
 */
export function backdrop(layers: readonly Rgba[]): Rgba {
  const opaque = layers.findIndex((layer) => layer.a >= 1);
  const visible = opaque === -1 ? [...layers, CANVAS] : layers.slice(0, opaque + 1);
  return visible.reduceRight<Rgba>((below, layer) => composite(layer, below), { r: 0, g: 0, b: 0, a: 0 });
}

function linear(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG's relative luminance of an opaque colour: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). A translucent
 * `foreground` is first painted over `background`, as the eye sees it.
 *
 * @example
 * contrastRatio(parseCssColor('rgb(240, 165, 0)')!, CANVAS); // about 2.0: too faint for a focus ring
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const bottom = background.a >= 1 ? background : composite(background, CANVAS);
  const top = composite(foreground, bottom);
  const [light, dark] = [relativeLuminance(top), relativeLuminance(bottom)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour as CSS prints it, rounded, for failure messages: `rgb(240 165 0)` or `rgb(0 0 0 / 0.5)`. */
export function formatColor({ r, g, b, a }: Rgba): string {
  const channels = [r, g, b].map((value) => Math.round(value)).join(' ');
  return a >= 1 ? `rgb(${channels})` : `rgb(${channels} / ${Math.round(a * 100) / 100})`;
}
