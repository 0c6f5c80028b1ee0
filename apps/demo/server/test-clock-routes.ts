import type { BillingProjection } from '@portalkit/server';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { TEST_CLOCK_PATH } from './page-data';
import type { StubAuth } from './stub-auth';

/** The emulator's clock, as the demo moves it (Stripe's test clocks, offline). */
export interface DemoTestClock {
  /** The emulator's time, in unix seconds. */
  now(): number;
  /** Moves time to `unixSeconds`: periods that end on the way renew, each with an invoice and a charge. */
  set(unixSeconds: number): void;
  /** Resolves once the webhooks the move caused have been delivered. */
  settle(): Promise<void>;
}

export interface TestClockRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  clock: DemoTestClock;
  appOrigin: string;
}

// Past the period end, so the renewal has surely happened, and not so far that a second one does.
const PAST_PERIOD_END_SECONDS = 60 * 60;

/**
 * `POST /api/demo/clock/next-renewal` (a plain form): moves the emulator's clock just past the
 * signed-in customer's next period end, so a renewal happens now instead of in a month; with a
 * card that fails, it fails, and the account page shows what a failed renewal looks like. The
 * clock is the whole emulator's: every demo customer's time moves with it. Offline mode only.
 *
 * @example
 * app.route('/', createTestClockRoutes({ auth, projection, clock, appOrigin }));
 */
export function createTestClockRoutes({ auth, projection, clock, appOrigin }: TestClockRoutesOptions): Hono {
  const routes = new Hono();
  routes.use(TEST_CLOCK_PATH, csrf({ origin: appOrigin }));
  routes.post(TEST_CLOCK_PATH, async (c) => {
    const user = await auth.currentUser(c.req.raw);
    if (!user) return c.redirect('/', 303);
    const billing = await projection.getCustomerBilling(user.customerId);
    const ends = billing.subscriptions
      .filter((subscription) => subscription.status !== 'canceled' && subscription.currentPeriodEnd !== null)
      .map((subscription) => subscription.currentPeriodEnd as number);
    if (ends.length === 0) return c.redirect('/account', 303);
    clock.set(Math.max(clock.now(), Math.min(...ends)) + PAST_PERIOD_END_SECONDS);
    // The account page shows the projection, which only the webhooks change: wait for them first.
    await clock.settle();
    return c.redirect('/account?renewed=1', 303);
  });
  return routes;
}
