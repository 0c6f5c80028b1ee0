import { describe, expect, it } from 'vitest';
import { describeVerdict, type FocusStyle, judgeFocusRing, parseShadow } from './focus-ring';

const AMBER = 'rgb(240, 165, 0)';
const NAVY = 'rgb(27, 31, 36)';
const WHITE = 'rgb(255, 255, 255)';
const INDIGO = 'rgb(51, 64, 196)';
const CLEAR = 'rgba(0, 0, 0, 0)';

/** A button with a 3px outline 2px outside it, on a white card. */
function focused(overrides: Partial<FocusStyle> = {}): FocusStyle {
  return {
    outlineStyle: 'solid',
    outlineWidth: '3px',
    outlineColor: NAVY,
    outlineOffset: '2px',
    boxShadow: 'none',
    backgrounds: [INDIGO, WHITE],
    ...overrides,
  };
}

describe('judgeFocusRing', () => {
  it('passes a dark outline on a white card', () => {
    const verdict = judgeFocusRing(focused());
    expect(verdict.passes).toBe(true);
    expect(verdict.best?.ratio).toBeGreaterThan(15);
  });

  it('judges an outside outline against the ancestor, not the element it surrounds', () => {
    // Amber on indigo is 3.8:1, but the ring is drawn on the white card beside the button: 2.08:1.
    const verdict = judgeFocusRing(focused({ outlineColor: AMBER }));
    expect(verdict.passes).toBe(false);
    expect(verdict.best?.ratio).toBeCloseTo(2.08, 2);
    expect(describeVerdict(verdict)).toBe('outline 3px rgb(240 165 0) on rgb(255 255 255): 2.08:1 (needs 3:1)');
  });

  it('judges an inside outline (negative offset) against the element’s own background', () => {
    const verdict = judgeFocusRing(focused({ outlineColor: WHITE, outlineOffset: '-4px' }));
    expect(verdict.passes).toBe(true);
    expect(verdict.best?.background).toEqual({ r: 51, g: 64, b: 196, a: 1 });
  });

  it('requires an outline straddling the edge to contrast with both sides', () => {
    expect(judgeFocusRing(focused({ outlineColor: WHITE, outlineOffset: '-1px' })).passes).toBe(false);
    expect(judgeFocusRing(focused({ outlineColor: NAVY, outlineOffset: '-1px', backgrounds: [WHITE, WHITE] })).passes).toBe(true);
  });

  it('finds the background through transparent ancestors, down to the white canvas', () => {
    const paper = judgeFocusRing(focused({ outlineColor: AMBER, backgrounds: [CLEAR, CLEAR, 'rgb(246, 247, 249)'] }));
    expect(paper.best?.ratio).toBeCloseTo(1.94, 2);
    const canvas = judgeFocusRing(focused({ backgrounds: [CLEAR, CLEAR] }));
    expect(canvas.best?.background).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });

  it('fails an element with no ring at all, or one thinner than 2px', () => {
    const none = judgeFocusRing(focused({ outlineStyle: 'none' }));
    expect(none.passes).toBe(false);
    expect(describeVerdict(none)).toBe('no focus ring (outline none and no box-shadow ring)');
    const hairline = judgeFocusRing(focused({ outlineWidth: '1px' }));
    expect(hairline.passes).toBe(false);
    expect(describeVerdict(hairline)).toMatch(/thinner than 2px$/);
  });

  it('accepts a sharp box-shadow ring in place of an outline, and ignores soft shadows', () => {
    const ring = `rgba(0, 0, 0, 0.1) 0px 1px 2px 0px, ${NAVY} 0px 0px 0px 3px`;
    const verdict = judgeFocusRing(focused({ outlineStyle: 'none', boxShadow: ring }));
    expect(verdict.passes).toBe(true);
    expect(verdict.rings.map((each) => each.kind)).toEqual(['box-shadow']);
    expect(judgeFocusRing(focused({ outlineStyle: 'none', boxShadow: `${NAVY} 0px 0px 6px 3px` })).passes).toBe(false);
  });

  it('judges an inset box-shadow ring against the element’s own background', () => {
    const verdict = judgeFocusRing(focused({ outlineStyle: 'none', boxShadow: `${WHITE} 0px 0px 0px 3px inset` }));
    expect(verdict.passes).toBe(true);
    expect(verdict.best?.background).toEqual({ r: 51, g: 64, b: 196, a: 1 });
  });

  it('passes when one of several rings is enough', () => {
    expect(judgeFocusRing(focused({ outlineColor: AMBER, boxShadow: `${NAVY} 0px 0px 0px 2px` })).passes).toBe(true);
  });
});

describe('parseShadow', () => {
  it('reads colour, offsets, blur, spread and inset', () => {
    expect(parseShadow('rgb(1, 2, 3) 1px -2px 0px 4px inset')).toEqual({
      color: { r: 1, g: 2, b: 3, a: 1 },
      x: 1,
      y: -2,
      blur: 0,
      spread: 4,
      inset: true,
    });
  });

  it('returns null for a shadow it cannot read', () => {
    expect(parseShadow('0px 0px')).toBeNull();
    expect(parseShadow('rgb(1, 2, 3)')).toBeNull();
  });
});
