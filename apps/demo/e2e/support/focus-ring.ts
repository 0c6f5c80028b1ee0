/*
 * Whether a focused element's ring is visible enough: its outline, or a box-shadow drawn as a ring,
 * at least 2px thick and 3:1 against the background it sits on. Pure: it reads the computed styles
 * `focus-walk.ts` collected in the browser.
 */
import { backdrop, contrastRatio, formatColor, MIN_NON_TEXT_CONTRAST, parseCssColor, type Rgba } from './contrast';

/** The thinnest ring counted as one: WCAG 2.2's focus appearance asks for a 2 CSS pixel perimeter. */
export const MIN_RING_WIDTH_PX = 2;

/** A focused element's computed styles that draw (or hide) its focus ring. */
export interface FocusStyle {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  outlineOffset: string;
  boxShadow: string;
  /** `background-color` of the element, then of each ancestor up to `<html>`. */
  backgrounds: readonly string[];
}

/** One ring and what it sits on. */
export interface Ring {
  kind: 'outline' | 'box-shadow';
  widthPx: number;
  color: Rgba;
  background: Rgba;
  ratio: number;
}

/** The rings a focused element shows, and whether one of them is enough. */
export interface FocusRingVerdict {
  rings: Ring[];
  /** The ring with the best contrast among those thick enough, else the best one. */
  best: Ring | null;
  passes: boolean;
}

interface Shadow {
  color: Rgba;
  x: number;
  y: number;
  blur: number;
  spread: number;
  inset: boolean;
}

/** Splits a computed `box-shadow` list on its top-level commas (not those inside `rgb(…)`). */
function splitShadows(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(value.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Reads one computed shadow, e.g. `rgb(51, 64, 196) 0px 0px 0px 3px` or `… inset`. */
export function parseShadow(text: string): Shadow | null {
  const colorText = /(?:rgba?|color)\([^)]*\)|transparent/i.exec(text)?.[0];
  const color = colorText ? parseCssColor(colorText) : null;
  if (!color) return null;
  const rest = text.replace(colorText ?? '', ' ');
  const lengths = [...rest.matchAll(/(-?\d*\.?\d+)px/g)].map((match) => Number(match[1]));
  if (lengths.length < 2) return null;
  const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
  return { color, x, y, blur, spread, inset: /\binset\b/i.test(rest) };
}

function ring(kind: Ring['kind'], widthPx: number, color: Rgba, background: Rgba): Ring {
  return { kind, widthPx, color, background, ratio: contrastRatio(color, background) };
}

/**
 * The rings `style` draws and the verdict: a ring at least {@link MIN_RING_WIDTH_PX} thick with a
 * contrast of at least 3:1 against the background next to it. An outline outside the element (a
 * non-negative `outline-offset`) sits on the nearest ancestor's background, one drawn inside on the
 * element's own; one that straddles the edge must contrast with both. A box-shadow counts as a ring
 * when it is sharp (no blur) and spreads at least 2px beyond its offset.
 *
 * @example
 * judgeFocusRing({ outlineStyle: 'solid', outlineWidth: '3px', outlineColor: 'rgb(240, 165, 0)',
 *   outlineOffset: '2px', boxShadow: 'none', backgrounds: ['rgb(51, 64, 196)', 'rgb(255, 255, 255)'] });
 * // { passes: false, best: { kind: 'outline', ratio: 2.08, … }, … }
 */
export function judgeFocusRing(style: FocusStyle): FocusRingVerdict {
  const layers = style.backgrounds.map((text) => parseCssColor(text) ?? { r: 0, g: 0, b: 0, a: 0 });
  const inside = backdrop(layers);
  const outside = backdrop(layers.slice(1));
  const rings: Ring[] = [];

  const outlineWidth = Number.parseFloat(style.outlineWidth) || 0;
  const outlineColor = parseCssColor(style.outlineColor);
  if (style.outlineStyle !== 'none' && style.outlineStyle !== 'hidden' && outlineWidth > 0 && outlineColor) {
    const offset = Number.parseFloat(style.outlineOffset) || 0;
    const candidates = offset >= 0 ? [outside] : offset + outlineWidth <= 0 ? [inside] : [inside, outside];
    const worst = candidates
      .map((background) => ring('outline', outlineWidth, outlineColor, background))
      .reduce((low, each) => (each.ratio < low.ratio ? each : low));
    rings.push(worst);
  }

  if (style.boxShadow !== 'none') {
    for (const shadow of splitShadows(style.boxShadow).map(parseShadow)) {
      if (!shadow || shadow.blur > 0) continue;
      const widthPx = shadow.spread - Math.max(Math.abs(shadow.x), Math.abs(shadow.y));
      if (widthPx <= 0) continue;
      rings.push(ring('box-shadow', widthPx, shadow.color, shadow.inset ? inside : outside));
    }
  }

  const thick = rings.filter((each) => each.widthPx >= MIN_RING_WIDTH_PX);
  const pool = thick.length > 0 ? thick : rings;
  const best = pool.reduce<Ring | null>((top, each) => (top === null || each.ratio > top.ratio ? each : top), null);
  return { rings, best, passes: thick.some((each) => each.ratio >= MIN_NON_TEXT_CONTRAST) };
}

/** Why a verdict fails, in a line: `outline 3px rgb(240 165 0) on rgb(255 255 255): 2.08:1 (needs 3:1)`. */
export function describeVerdict(verdict: FocusRingVerdict): string {
  const { best } = verdict;
  if (!best) return 'no focus ring (outline none and no box-shadow ring)';
  const figures = `${best.kind} ${best.widthPx}px ${formatColor(best.color)} on ${formatColor(best.background)}: ${best.ratio.toFixed(2)}:1`;
  return best.widthPx < MIN_RING_WIDTH_PX
    ? `${figures}, thinner than ${MIN_RING_WIDTH_PX}px`
    : `${figures} (needs ${MIN_NON_TEXT_CONTRAST}:1)`;
}
