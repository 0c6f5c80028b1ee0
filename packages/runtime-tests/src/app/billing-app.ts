import { createPortalHandler, createWebhookHandler } from '@portalkit/server';
import Stripe from 'stripe';

/** What the app reads from its environment: Bun's and Deno's env variables, or a Worker's `env`. */
export interface BillingEnv {
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  /** Where the Stripe API is: the emulator's `http://127.0.0.1:PORT`. Unset, the real API. */
  STRIPE_API_URL?: string;
  APP_URL?: string;
}

/*
 * A stand-in for the app's auth: the customer is the one named by the `customer` cookie, like the
 * demo's stub login. A real app reads its own server-side session here.
 */
function customerFromSession(request: Request): string | null {
  return /(?:^|;\s*)customer=(cus_\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null;
}

function stripeFor(env: BillingEnv): Stripe {
  const api = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : undefined;
  const config: Stripe.StripeConfig = api
    ? { host: api.hostname, port: Number(api.port), protocol: api.protocol === 'http:' ? 'http' : 'https', maxNetworkRetries: 0 }
    : {};
  return new Stripe(env.STRIPE_SECRET_KEY!, config);
}

/**
 * The billing routes of a small app, as the READMEs set them up, over the built `@portalkit/server`:
 * `POST /api/billing/portal`, `POST /webhooks/stripe`, and `GET /health`, which says which runtime
 * answered and which `@portalkit/server` file it loaded. The handlers are built on the first request.
 *
 * @example
 * Deno.serve({ port: 0 }, createBillingApp(Deno.env.toObject()));
 */
export function createBillingApp(env: BillingEnv, serverEntry?: string): (request: Request) => Promise<Response> {
  const portal = createPortalHandler(() => ({
    stripe: stripeFor(env),
    getCustomerId: customerFromSession,
    returnUrl: `${env.APP_URL}/account`,
    logger: console,
  }));
  const webhook = createWebhookHandler(() => ({
    stripe: stripeFor(env),
    secret: env.STRIPE_WEBHOOK_SECRET!,
    on: {
      // Where a real app saves the subscription; the tests read this line from the runtime's output.
      'customer.subscription.updated': (event) => {
        const subscription = event.data.object;
        console.log(`handled ${event.type} ${subscription.id} cancel_at_period_end=${subscription.cancel_at_period_end}`);
      },
    },
    logger: console,
  }));

  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/billing/portal') return portal(request);
    if (pathname === '/webhooks/stripe') return webhook(request);
    if (pathname === '/health') return Response.json({ userAgent: navigator.userAgent, serverEntry: serverEntry ?? null });
    return new Response('Not found', { status: 404 });
  };
}
