import { beforeAll, describe, expect, it } from 'vitest';
import type { E2eSession } from './e2e-session';
import type { ScreenState } from './screen-state';
import { captureScreens, type ScreenReport } from './screens';

/**
 * Issue #12 asks for focus rings of at least 3:1. On this branch the demo's ring (`:focus-visible`,
 * 3px #f0a500, 2px outside the element) is 1.94:1 on the page background, 2.08:1 on a white card and
 * 1.78:1 on the past-due banner, so the ring check fails on every state: it runs as `it.fails`, which
 * turns red the moment the demo's focus styles pass. Then set this to true.
 */
export const FOCUS_RINGS_MEET_3_TO_1 = false;

/**
 * One `describe` per state: reaches it once in a fresh page (1280×800, JavaScript on unless the state
 * says otherwise), captures it with {@link captureScreens}, and asserts axe and the focus rings in
 * separate tests. A state with `missing` is listed as a todo.
 *
 * @example
 * const session = useE2eSession();
 * describeScreenStates(session, [{ name: 'sign-in', reach: (page, e2e) => page.goto(`${e2e.appUrl}/`).then(() => undefined) }]);
 */
export function describeScreenStates(session: () => E2eSession, states: readonly ScreenState[]): void {
  const focusRingTest = FOCUS_RINGS_MEET_3_TO_1 ? it : it.fails;
  for (const state of states) {
    if (state.missing) {
      it.todo(`the ${state.name} state: needs ${state.missing}`);
      continue;
    }
    describe(`the ${state.name} state`, () => {
      let reports: ScreenReport[] = [];
      beforeAll(async () => {
        const page = await session().newPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: !state.javaScriptOff });
        const after = await state.reach(page, session());
        try {
          reports = await captureScreens(page, state.name, { javaScriptOff: state.javaScriptOff });
        } finally {
          await after?.();
          await page.context().close();
        }
      }, 180_000);

      it('is captured at desktop and mobile sizes, with no axe violations', () => {
        expect(reports.map(({ viewport, axe }) => ({ viewport, axe }))).toEqual([
          { viewport: 'desktop', axe: [] },
          { viewport: 'mobile', axe: [] },
        ]);
      });

      focusRingTest('shows a focus ring of at least 3:1 on every tab stop', () => {
        expect(
          reports.map(({ viewport, focus }) => ({ viewport, stops: focus.stops.length > 0, failures: focus.failures })),
        ).toEqual([
          { viewport: 'desktop', stops: true, failures: [] },
          { viewport: 'mobile', stops: true, failures: [] },
        ]);
      });
    });
  }
}
