import type { BillingProjection } from '@portalkit/server';
import type { DemoLogger } from './create-demo-app';

/** How long a return waits for Stripe's answer before it falls back to waiting for the webhooks. */
export const STRIPE_CHECK_TIMEOUT_MS = 3_000;

/**
 * Asks Stripe itself, on a return from the portal, what the customer's billing is now: the kit's
 * `projection.reconcile()` (meant for late and lost webhooks) copies Stripe's current subscriptions,
 * open invoices and card into the projection. The account page can then say at once what changed,
 * or that nothing did, with or without JavaScript, instead of waiting for a webhook that a trip which
 * changed nothing never sends. The redirect still proves nothing: only Stripe's API answer is read.
 *
 * Resolves `true` once Stripe answered, `false` when it failed or took longer than `timeoutMs`
 * (the page then waits for the webhooks, as before); it never rejects.
 *
 * @example
 * const checked = await checkWithStripe(projection, user.customerId, logger);
 */
export async function checkWithStripe(
  projection: Pick<BillingProjection, 'reconcile'>,
  customerId: string,
  logger: DemoLogger,
  timeoutMs = STRIPE_CHECK_TIMEOUT_MS,
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = projection.reconcile(customerId).then(
    () => true,
    (error: unknown) => {
      logger.error('demo: reading the customer from Stripe after a return failed; the page waits for webhooks', { error });
      return false;
    },
  );
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}
