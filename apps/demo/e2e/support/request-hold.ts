import type { Page, Route } from 'playwright';

/** Requests held back on their way out of a page, until {@link RequestHold.release}. */
export interface RequestHold {
  /** How many requests have been held so far (released ones included). */
  count(): number;
  /** Resolves once at least `n` requests have been held. */
  waitFor(n?: number): Promise<void>;
  /** Lets every held and later request through, and stops holding. */
  release(): Promise<void>;
}

/**
 * Holds every request of `page` whose URL matches `url` (a Playwright URL glob or predicate) until
 * released: a slow network for one resource, with no clock involved. A request held when its page
 * navigates away is simply dropped by the browser.
 *
 * @example
 * const script = await holdRequests(page, (url) => url.pathname === '/main.tsx');
 * await page.goto(`${appUrl}/account`); // server-rendered, not hydrated
 * await script.release();
 */
export async function holdRequests(page: Page, url: string | RegExp | ((url: URL) => boolean)): Promise<RequestHold> {
  const held: Route[] = [];
  const waiters: { n: number; resolve(): void }[] = [];
  let open = false;
  let total = 0;
  const handler = async (route: Route) => {
    total += 1;
    for (const waiter of waiters.filter((each) => total >= each.n)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    if (open) await route.continue().catch(() => undefined);
    else held.push(route);
  };
  await page.route(url, handler);
  return {
    count: () => total,
    waitFor: (n = 1) => (total >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
    async release() {
      open = true;
      await page.unroute(url, handler).catch(() => undefined);
      // A request whose page has gone or navigated is no longer there to continue.
      await Promise.all(held.splice(0).map((route) => route.continue().catch(() => undefined)));
    },
  };
}
