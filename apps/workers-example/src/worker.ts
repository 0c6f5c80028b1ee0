import { createPortalHandler, createWebhookHandler } from '@portalkit/server';
import { env } from 'cloudflare:workers';
import type { Env } from './env';
import { signedInCustomer } from './session';
import { stripeFor } from './stripe-client';

/*
 * On Workers, vars and secrets arrive as `env`, which has its values only once a request runs. So the
 * options are given as functions: each handler builds them from `env` on its first request and keeps
 * them for the isolate's life. A missing secret answers 500 SERVER_MISCONFIGURED and says which in
 * the Worker's log (`wrangler tail`), instead of failing the deploy or every request with an exception.
 */
export const portal = createPortalHandler(() => ({
  stripe: stripeFor(env),
  getCustomerId: (request) => signedInCustomer(request),
  returnUrl: `${env.APP_URL}/account`,
  logger: console,
}));

export const webhook = createWebhookHandler(() => ({
  stripe: stripeFor(env),
  secret: env.STRIPE_WEBHOOK_SECRET,
  on: {
    'customer.subscription.updated': async (event) => {
      const subscription = event.data.object;
      // Save it where your app keeps billing state (D1, KV, a Durable Object); this example logs it.
      console.log(`handled ${event.type} ${subscription.id} cancel_at_period_end=${subscription.cancel_at_period_end}`);
    },
  },
  logger: console,
}));

export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    // `all`, not only POST: other methods get the handlers' 405 with `Allow: POST`.
    if (pathname === '/api/billing/portal') return portal(request);
    if (pathname === '/webhooks/stripe') return webhook(request);
    return new Response('Not found', { status: 404 });
  },
} satisfies { fetch(request: Request, env: Env): Promise<Response> };
