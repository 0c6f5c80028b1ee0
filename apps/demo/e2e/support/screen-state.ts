import type { Page } from 'playwright';
import type { E2eSession } from './e2e-session';

/** The checks every state's captures get, one test each (see `screen-run.ts`). */
export type ScreenCheck = 'axe' | 'focus-rings' | 'width';

/**
 * One state of one page of the demo, as `screens.test.ts` looks at it: how to bring a fresh page
 * there. Adding a state to the run is adding one of these to its table.
 */
export interface ScreenState {
  /** kebab-case, for the screenshot's file name: `account-ada` → `account-ada-desktop.png`. */
  name: string;
  /** Opens the page with JavaScript turned off. */
  javaScriptOff?: boolean;
  /**
   * A change the demo is about to make that this state already expects (e.g. "no notice after a trip
   * that changed nothing"). With `check`, that one check is asserted to fail; without, the whole state
   * (its `reach` asserts the change). Either must fail with an error matching `failsWith` and nothing
   * else, and turns red once the demo has the change: remove this then; never loosen the checks.
   */
  awaits?: { change: string; failsWith: RegExp; check?: ScreenCheck };
  /**
   * Brings `page` to the state and checks that it got there (the notice, the tag, the banner). May
   * return a step to run after the state was captured, e.g. releasing held webhooks.
   */
  reach(page: Page, session: E2eSession): Promise<void | (() => Promise<void>)>;
}
