import { Hono } from 'hono';
import Stripe from 'stripe';
// The root package does not depend on the workspace packages, so the bench imports their sources.
import { toHonoHandler } from '../../packages/server/src/adapters/hono';
import { createPortalHandler } from '../../packages/server/src/index';
import { FAKE_API_KEY } from '../../packages/server/src/testing/fake-stripe';

/** The app's origin: where the return URL points and where the benchmarked requests come from. */
export const BENCH_ORIGIN = 'http://localhost:5173';
const RETURN_URL = `${BENCH_ORIGIN}/account`;
const CUSTOMER = 'cus_bench';

/**
 * The server under test: the same Stripe client behind the bare route, behind a bare route that
 * does the same Stripe work as the handler (`/bare-equivalent`), and behind the portal handler.
 *
 * @example
 * serve({ fetch: createBenchApp(stripePort).fetch, port: 0 });
 */
export function createBenchApp(stripePort: number): Hono {
  // Configured as an app would, apart from where Stripe is: default retries, timeout and keep-alive agent.
  const stripe = new Stripe(FAKE_API_KEY, { host: '127.0.0.1', port: stripePort, protocol: 'http' });
  const app = new Hono();

  // What an app would write by hand: no validation, no origin check, no error mapping.
  app.post('/bare', async (c) => {
    const session = await stripe.billingPortal.sessions.create({
      customer: CUSTOMER,
      return_url: RETURN_URL,
      flow_data: { type: 'payment_method_update' },
    });
    return c.json({ url: session.url });
  });

  // The bare route plus the work it skips that the handler's default must do: read and parse the JSON
  // body for the flow, and send the same parameters the handler sends for payment_method_update
  // (`buildSessionParams`: the return URL, and after completion a redirect back to it). Still no checks:
  // the gap between this route and the handler is what the checks cost.
  app.post('/bare-equivalent', async (c) => {
    const { flow } = await c.req.json<{ flow: 'payment_method_update' }>();
    const session = await stripe.billingPortal.sessions.create({
      customer: CUSTOMER,
      return_url: RETURN_URL,
      flow_data: { type: flow, after_completion: { type: 'redirect', redirect: { return_url: RETURN_URL } } },
    });
    return c.json({ url: session.url });
  });

  const portal = createPortalHandler({ stripe, getCustomerId: () => CUSTOMER, returnUrl: RETURN_URL });
  app.all('/api/billing/portal', toHonoHandler(portal));
  return app;
}
