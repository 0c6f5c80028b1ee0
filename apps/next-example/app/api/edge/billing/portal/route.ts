// The same route on the edge runtime, where stripe picks its fetch + SubtleCrypto build.
import { createPortalHandler } from '@portalkit/server';
import { auth } from '@/auth';
import { createStripe } from '@/stripe';

export const runtime = 'edge';

export const POST = createPortalHandler(() => ({
  stripe: createStripe(),
  getCustomerId: async () => (await auth())?.user?.stripeCustomerId ?? null,
  returnUrl: `${process.env.APP_URL}/account`,
}));
