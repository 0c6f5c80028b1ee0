// app/api/billing/portal/route.ts
import { createPortalHandler } from '@portalkit/server';
import { auth } from '@/auth';
import { createStripe } from '@/stripe';

export const POST = createPortalHandler(() => ({
  stripe: createStripe(),
  getCustomerId: async () => (await auth())?.user?.stripeCustomerId ?? null,
  returnUrl: `${process.env.APP_URL}/account`,
}));
