import { beforeAll, describe, expect, it } from 'vitest';
import type { E2eSession } from './e2e-session';
import type { ScreenCheck, ScreenState } from './screen-state';
import { captureScreens, type ScreenReport, VIEWPORTS } from './screens';

/** What every state's captures must show, one test each: issue #12's checks, at both sizes. */
const CHECKS: Record<ScreenCheck, { title: string; check(reports: readonly ScreenReport[]): void }> = {
  axe: {
    title: 'is captured at desktop and mobile sizes, with no axe violations',
    check(reports) {
      // The findings in the message too: vitest shortens the diff of nested arrays.
      const found = [...new Set(reports.flatMap(({ axe }) => axe))].join('; ');
      expect(
        reports.map(({ viewport, axe }) => ({ viewport, axe })),
        `axe found: ${found}`,
      ).toEqual([
        { viewport: 'desktop', axe: [] },
        { viewport: 'mobile', axe: [] },
      ]);
    },
  },
  'focus-rings': {
    title: 'shows a focus ring of at least 3:1 on every tab stop',
    check(reports) {
      const weak = [...new Set(reports.flatMap(({ focus }) => focus.failures))].join('; ');
      expect(
        reports.map(({ viewport, focus }) => ({ viewport, stops: focus.stops.length > 0, failures: focus.failures })),
        `weak rings: ${weak}`,
      ).toEqual([
        { viewport: 'desktop', stops: true, failures: [] },
        { viewport: 'mobile', stops: true, failures: [] },
      ]);
    },
  },
  // A page wider than its viewport scrolls sideways: on a phone, that hides what sticks out.
  width: {
    title: `lays out no wider than the screen, a ${VIEWPORTS.mobile.width} px phone included`,
    check(reports) {
      expect(
        reports.map(({ viewport, pageWidth }) => ({ viewport, overflowPx: Math.max(0, pageWidth - VIEWPORTS[viewport].width) })),
      ).toEqual([
        { viewport: 'desktop', overflowPx: 0 },
        { viewport: 'mobile', overflowPx: 0 },
      ]);
    },
  },
};

/** Reaches `state` in a fresh page (1280×800, JavaScript on unless the state says otherwise) and captures it. */
async function reachAndCapture(session: E2eSession, state: ScreenState): Promise<ScreenReport[]> {
  const page = await session.newPage({ viewport: VIEWPORTS.desktop, javaScriptEnabled: !state.javaScriptOff });
  try {
    const after = await state.reach(page, session);
    try {
      return await captureScreens(page, state.name, { javaScriptOff: state.javaScriptOff });
    } finally {
      await after?.();
    }
  } finally {
    await page.context().close();
  }
}

/**
 * One `describe` per state: reaches it once in a fresh page, captures it with {@link captureScreens},
 * and runs each of the checks above as its own test. What a state `awaits` is asserted to fail, and
 * with the expected error only (unlike `it.fails`, which any failure would satisfy): one check, or
 * the whole state in one test. The test turns red once the demo has the change.
 *
 * @example
 * const session = useE2eSession();
 * describeScreenStates(session, [{ name: 'sign-in', reach: (page, e2e) => page.goto(`${e2e.appUrl}/`).then(() => undefined) }]);
 */
export function describeScreenStates(session: () => E2eSession, states: readonly ScreenState[]): void {
  for (const state of states) {
    const awaits = state.awaits;
    if (awaits && !awaits.check) {
      it(`the ${state.name} state fails only for want of ${awaits.change}`, async () => {
        const reachedAndChecked = reachAndCapture(session(), state).then((reports) => {
          for (const { check } of Object.values(CHECKS)) check(reports);
        });
        await expect(reachedAndChecked).rejects.toThrow(awaits.failsWith);
      }, 180_000);
      continue;
    }
    describe(`the ${state.name} state`, () => {
      let reports: ScreenReport[] = [];
      beforeAll(async () => {
        reports = await reachAndCapture(session(), state);
      }, 180_000);
      for (const [name, { title, check }] of Object.entries(CHECKS)) {
        if (awaits?.check === name) {
          it(`${title}: fails only for want of ${awaits.change}`, () => expect(() => check(reports)).toThrow(awaits.failsWith));
        } else it(title, () => check(reports));
      }
    });
  }
}
