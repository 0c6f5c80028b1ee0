import { mkdir } from 'node:fs/promises';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright';

/** The widths every page is checked at: a laptop and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Where the screenshots go: git-ignored evidence for a person to look at, not source. */
export const SCREENSHOT_DIR = new URL('../../test-results/pages/', import.meta.url);

/** What one page looked like at one width. */
export interface PageAudit {
  viewport: ViewportName;
  /** axe's violations (colour contrast included, as Chromium lays the page out), one line each. */
  violations: string[];
  /** `<html lang>`, the number of `<h1>`s, the `<title>` and the emulator note's text. */
  lang: string;
  h1Count: number;
  title: string;
  note: string | null;
  /** The page is no wider than the viewport (nothing scrolls sideways). */
  fitsWidth: boolean;
}

/**
 * Sizes `page` to `viewport`, runs axe on what it shows and saves a full-page screenshot as
 * `test-results/pages/<name>-<viewport>.png`. axe is injected through the DevTools protocol, which
 * the pages' CSP (no scripts) does not apply to.
 *
 * @example
 * const audit = await auditLoadedPage(page, 'cancel-desktop', 'desktop');
 */
export async function auditLoadedPage(page: Page, name: string, viewport: ViewportName): Promise<PageAudit> {
  await page.setViewportSize(VIEWPORTS[viewport]);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const facts = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    // Only violations are read; skipping the detail of passes roughly halves axe's time.
    const result = await run(document, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(', ')})`),
      lang: document.documentElement.lang,
      h1Count: document.querySelectorAll('h1').length,
      title: document.title,
      note: document.querySelector('header [role="note"]')?.textContent ?? null,
      fitsWidth: document.documentElement.scrollWidth <= window.innerWidth,
    };
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: new URL(`${slug(name)}-${viewport}.png`, SCREENSHOT_DIR).pathname, fullPage: true });
  return { viewport, ...facts };
}

/**
 * Renders `html` (a page the emulator served) in Chromium at each of {@link VIEWPORTS} and audits
 * it there with {@link auditLoadedPage}.
 *
 * @example
 * for (const audit of await auditHtml(browser, page.html, 'homepage')) expect(audit.violations).toEqual([]);
 */
export async function auditHtml(browser: Browser, html: string, name: string): Promise<PageAudit[]> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    const audits: PageAudit[] = [];
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) audits.push(await auditLoadedPage(page, name, viewport));
    return audits;
  } finally {
    await context.close();
  }
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
