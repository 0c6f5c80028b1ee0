// app/api/webhooks/stripe/route.ts: Stripe's webhooks tell the app what the customer did in the portal.
import { createWebhookHandler } from '@portalkit/server';
import { saveSubscription } from '@/billing-store';
import { createStripe } from '@/stripe';

export const POST = createWebhookHandler(() => ({
  stripe: createStripe(),
  secret: process.env.STRIPE_WEBHOOK_SECRET!,
  on: {
    'customer.subscription.updated': async (event) => saveSubscription(event.data.object),
  },
  logger: console,
}));
