import { describe, expect, it } from 'vitest';
import { backdrop, CANVAS, composite, contrastRatio, formatColor, parseCssColor, relativeLuminance } from './contrast';

const BLACK = { r: 0, g: 0, b: 0, a: 1 };
const CLEAR = { r: 0, g: 0, b: 0, a: 0 };
const PAPER = { r: 246, g: 247, b: 249, a: 1 };

describe('parseCssColor', () => {
  it.each([
    ['rgb(240, 165, 0)', { r: 240, g: 165, b: 0, a: 1 }],
    ['rgba(240, 165, 0, 0.5)', { r: 240, g: 165, b: 0, a: 0.5 }],
    ['rgb(10 20 30 / 50%)', { r: 10, g: 20, b: 30, a: 0.5 }],
    ['rgb(100%, 0%, 0%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['color(srgb 1 0.5 0 / 0.25)', { r: 255, g: 127.5, b: 0, a: 0.25 }],
    ['transparent', CLEAR],
    ['  RGB(1, 2, 3)  ', { r: 1, g: 2, b: 3, a: 1 }],
  ])('reads %s', (text, color) => {
    expect(parseCssColor(text)).toEqual(color);
  });

  it.each(['currentcolor', 'red', '#fff', 'hsl(0 0% 0%)', 'rgb(1, 2)', ''])(
    'returns null for %j, which no computed style reports',
    (text) => {
      expect(parseCssColor(text)).toBeNull();
    },
  );
});

describe('contrastRatio (WCAG 2.2)', () => {
  it('spans 21:1 for black on white down to 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio(BLACK, CANVAS)).toBe(21);
    expect(contrastRatio(CANVAS, BLACK)).toBe(21);
    expect(contrastRatio(PAPER, PAPER)).toBe(1);
  });

  it.each([
    // Reference figures from WebAIM's contrast checker (https://webaim.org/resources/contrastchecker/).
    ['#767676 on white', { r: 118, g: 118, b: 118, a: 1 }, CANVAS, 4.54],
    ['#777777 on white', { r: 119, g: 119, b: 119, a: 1 }, CANVAS, 4.48],
    ['#f0a500 on white', { r: 240, g: 165, b: 0, a: 1 }, CANVAS, 2.08],
    ['#3340c4 on #f6f7f9', { r: 51, g: 64, b: 196, a: 1 }, PAPER, 7.33],
  ])('gives %s as %f:1', (_name, foreground, background, ratio) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(ratio, 2);
  });

  it('sees a translucent ring as it is painted over the background', () => {
    const halfBlack = { r: 0, g: 0, b: 0, a: 0.5 };
    expect(contrastRatio(halfBlack, CANVAS)).toBeCloseTo(contrastRatio(composite(halfBlack, CANVAS), CANVAS), 10);
    expect(contrastRatio(halfBlack, CANVAS)).toBeLessThan(contrastRatio(BLACK, CANVAS));
    expect(contrastRatio(CLEAR, CANVAS)).toBe(1);
  });

  it('ranks luminance from black (0) to white (1)', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(CANVAS)).toBe(1);
    expect(relativeLuminance({ r: 255, g: 0, b: 0, a: 1 })).toBeCloseTo(0.2126, 4);
  });
});

describe('backdrop', () => {
  it('is the nearest opaque background, seen through transparent ones', () => {
    expect(backdrop([CLEAR, CLEAR, PAPER, BLACK])).toEqual(PAPER);
  });

  it('paints translucent layers over the opaque one behind them', () => {
    const tint = { r: 0, g: 0, b: 0, a: 0.5 };
    expect(backdrop([tint, PAPER])).toEqual(composite(tint, PAPER));
  });

  it('falls back to the white canvas when nothing is opaque', () => {
    expect(backdrop([])).toEqual(CANVAS);
    expect(backdrop([CLEAR, { r: 0, g: 0, b: 0, a: 0.2 }])).toEqual(composite({ r: 0, g: 0, b: 0, a: 0.2 }, CANVAS));
  });
});

describe('formatColor', () => {
  it('rounds channels and prints alpha only when translucent', () => {
    expect(formatColor({ r: 127.5, g: 0.2, b: 255, a: 1 })).toBe('rgb(128 0 255)');
    expect(formatColor({ r: 0, g: 0, b: 0, a: 0.333 })).toBe('rgb(0 0 0 / 0.33)');
  });
});
