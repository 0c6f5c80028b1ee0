import type { Page } from 'playwright';
import type { E2eSession } from './e2e-session';

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
   * What the demo does not have yet for this state, on this branch (e.g. "the 404 page"): the state
   * is listed as a todo and not run. Remove it when the state exists; never loosen the checks.
   */
  missing?: string;
  /**
   * Brings `page` to the state and checks that it got there (the notice, the tag, the banner). May
   * return a step to run after the state was captured, e.g. releasing held webhooks.
   */
  reach(page: Page, session: E2eSession): Promise<void | (() => Promise<void>)>;
}
