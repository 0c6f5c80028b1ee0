import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page, as `rule: selectors` lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * axe's violations on a page opened with JavaScript off, where axe itself cannot run (its timers never
 * fire). The page's HTML as it stands, without its scripts and with `<noscript>` content shown as the
 * browser shows it, is served at the same URL to a page with JavaScript on, and checked there
 * (after `prepare`, e.g. the same device emulation).
 */
export async function axeViolationsWithoutJavaScript(page: Page, prepare?: (copy: Page) => Promise<void>): Promise<string[]> {
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<noscript\b/gi, '<div data-noscript')
    .replace(/<\/noscript>/gi, '</div>');
  const browser = page.context().browser();
  if (!browser) throw new Error('axeViolationsWithoutJavaScript needs a page launched from a Browser.');
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    const url = page.url();
    // Served once: a later load of the copy (its own `<meta http-equiv="refresh">`) is told to stay put.
    let served = false;
    await copy.route(url, (route) => {
      if (served) return route.fulfill({ status: 204 });
      served = true;
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    });
    await copy.goto(url);
    await prepare?.(copy);
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}
