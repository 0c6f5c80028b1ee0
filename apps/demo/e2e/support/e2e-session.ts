import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { StripeEmulator } from '@portalkit/stripe-emulator';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared';
import { startDemo, type RunningDemo } from '../../server/start-demo';
import { tempDataDir } from '../../server/testing/temp-data-dir';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** One demo, its emulator and a Chromium, started in the test process for one test file. */
export interface E2eSession {
  demo: RunningDemo;
  emulator: StripeEmulator;
  /** The demo's origin, e.g. `http://127.0.0.1:41234`. */
  appUrl: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) and a page in it; closed with the session. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /**
   * Errors the demo's own pages reported in the browser since the last call (uncaught exceptions and
   * `console.error`, hydration mismatches included). Portal pages are not watched.
   */
  takePageErrors(): string[];
  close(): Promise<void>;
}

/**
 * Starts the demo in this process (so every log line it writes passes the suite's session-URL guard)
 * on a free port, with the emulator on another free port, and launches Debian's Chromium.
 */
export async function startE2eSession(): Promise<E2eSession> {
  // Its own PGlite folder: the developer's apps/demo/.data stays out of it, and two runs never share one.
  const data = await tempDataDir();
  const demo = await startDemo({
    database: { kind: 'pglite', dataDir: data.path },
    port: 0,
    emulatorPort: 0,
    // One host name everywhere: the cookie, the return URL and the kit's allowed origin all follow it.
    publicHost: '127.0.0.1',
    viteCacheDir: fileURLToPath(new URL('../../node_modules/.vite-e2e', import.meta.url)),
    viteLogLevel: 'warn',
    cookieSecret: 'e2e-cookie-secret-e2e-cookie-secret',
  });
  if (!demo.emulator) throw new Error('The end-to-end tests run against the emulator; unset STRIPE_SECRET_KEY.');
  const browser = await chromium.launch(chromiumLaunchOptions).catch(async (error: unknown) => {
    await demo.close();
    await data.remove();
    throw error;
  });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const onAppPage = (url: string) => url.startsWith(`${demo.url}/`);
  return {
    demo,
    emulator: demo.emulator,
    appUrl: demo.url,
    browser,
    takePageErrors: () => pageErrors.splice(0),
    async newPage(options) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        if (onAppPage(page.url())) pageErrors.push(`uncaught: ${error.message}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && onAppPage(message.location().url)) pageErrors.push(`console.error: ${message.text()}`);
      });
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await demo.close();
      await data.remove();
    },
  };
}

/**
 * One {@link E2eSession} for the test file that calls this at its top level: started before its first
 * test and closed after its last. After every test, the demo's pages must have reported no errors.
 *
 * @returns A getter for the running session, which exists only while the file's tests run.
 *
 * @example
 * const session = useE2eSession();
 * it('renders', async () => {
 *   const page = await session().newPage();
 *   await page.goto(`${session().appUrl}/`);
 * });
 */
export function useE2eSession(): () => E2eSession {
  let session: E2eSession | undefined;
  const running = (): E2eSession => {
    if (!session) throw new Error('The end-to-end session runs only during the tests of the file that called useE2eSession().');
    return session;
  };
  beforeAll(async () => {
    session = await startE2eSession();
  });
  afterEach(() => {
    expect(running().takePageErrors()).toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
  });
  return running;
}

/** Saves a full-page screenshot as `apps/demo/test-results/screenshots/<name>.png` (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(`${SCREENSHOTS}${name}.png`, await page.screenshot({ fullPage: true }));
}
