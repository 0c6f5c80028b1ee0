/*
 * The screens harness: for one named state of a page, a full-page screenshot at desktop and mobile
 * sizes under `apps/demo/test-results/screens/` (git-ignored), axe, and a keyboard walk that judges
 * every focus ring. Test scaffolding only: the demo's code never imports it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { axeViolations, axeViolationsWithoutJavaScript } from './axe';
import { type FocusWalk, walkFocus } from './focus-walk';

const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

/**
 * The two sizes every state is looked at in, in CSS pixels. The page is resized in place, so a state
 * reached once (through a portal flow, or with webhooks held) is seen at both sizes without being
 * reached again; a context's `isMobile` cannot change after it opens, and Chromium's own device
 * emulation, set from a second DevTools session, fights Playwright's for the screenshot.
 */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 812 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** What one state looks like at one size. */
export interface ScreenReport {
  state: string;
  viewport: ViewportName;
  /** The screenshot's path. */
  screenshot: string;
  /** How wide the page laid itself out, in CSS pixels: wider than the viewport means it scrolls sideways. */
  pageWidth: number;
  /** axe's violations, as `rule: selectors` lines. */
  axe: string[];
  focus: FocusWalk;
}

/** Resizes `page` to `viewport` and lays it out at the new size (no animation frame: with JavaScript off, the page runs no callbacks). */
async function resize(page: Page, viewport: (typeof VIEWPORTS)[ViewportName]): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

export interface CaptureOptions {
  /** The page was opened with `javaScriptEnabled: false`: axe runs on a scriptless copy of it. */
  javaScriptOff?: boolean;
}

/**
 * Looks at the page's current state at each size in {@link VIEWPORTS}: saves
 * `test-results/screens/<state>-<viewport>.png` (full page) and `<state>.json` (axe and every tab
 * stop's ring, for a person), and returns the findings for the test to assert.
 *
 * @example
 * const reports = await captureScreens(page, 'account-ada');
 * for (const report of reports) {
 *   expect(report.axe).toEqual([]);
 *   expect(report.focus.failures).toEqual([]);
 * }
 */
export async function captureScreens(page: Page, state: string, options: CaptureOptions = {}): Promise<ScreenReport[]> {
  if (!/^[a-z0-9-]+$/.test(state))
    throw new Error(`A state's name is kebab-case, for its file names: got ${JSON.stringify(state)}.`);
  await mkdir(SCREENS, { recursive: true });
  const reports: ScreenReport[] = [];
  for (const [viewport, size] of Object.entries(VIEWPORTS) as [ViewportName, (typeof VIEWPORTS)[ViewportName]][]) {
    await resize(page, size);
    const screenshot = `${SCREENS}${state}-${viewport}.png`;
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await writeFile(screenshot, await page.screenshot({ fullPage: true }));
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const axe = options.javaScriptOff
      ? await axeViolationsWithoutJavaScript(page, (copy) => resize(copy, size))
      : await axeViolations(page);
    const focus = await walkFocus(page);
    reports.push({ state, viewport, screenshot, pageWidth, axe, focus });
  }
  await writeFile(`${SCREENS}${state}.json`, `${JSON.stringify(reports.map(summary), null, 2)}\n`);
  return reports;
}

/** A report as a person reads it: each tab stop's selector, ring and ratio. */
function summary({ state, viewport, pageWidth, axe, focus }: ScreenReport) {
  return {
    state,
    viewport,
    pageWidth,
    axe,
    focus: focus.stops.map(({ selector, verdict }) => ({
      selector,
      passes: verdict.passes,
      ring: verdict.best && {
        kind: verdict.best.kind,
        widthPx: verdict.best.widthPx,
        ratio: Number(verdict.best.ratio.toFixed(2)),
      },
    })),
  };
}
