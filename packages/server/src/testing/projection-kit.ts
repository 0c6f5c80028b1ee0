import { createStripeEmulator, DEMO_IDS, type StripeEmulator } from '@portalkit/stripe-emulator';
import type Stripe from 'stripe';
import { expect } from 'vitest';
import type { BillingProjection, CustomerBilling } from '../projection/create-billing-projection';
import { toBillingInvoice, toBillingPaymentMethod, toBillingSubscription } from '../projection/billing-records';
import { DESCRIBED_DISCOUNTS_IN_LIST, describedDiscounts } from '../projection/subscription-discounts';
import { createWebhookHandler } from '../webhooks/create-webhook-handler';
import type { WebhookEventStore } from '../webhooks/event-store';
import { createLoopbackStripe } from './loopback-stripe';
import { SECRET, serialise, signedRequest, stripe as signingStripe } from './signed-delivery';

export const CARD = { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2034, cvc: '123' };
export const DEMO_CUSTOMERS = [DEMO_IDS.customers.active, DEMO_IDS.customers.pastDue, DEMO_IDS.customers.multi];

/**
 * The emulator with its demo data (customers with several subscriptions, a past-due one with an
 * open invoice), and a real SDK client for it that counts its requests.
 *
 * @example
 * const { emulator, client, close } = await startProjectionEmulator();
 */
export async function startProjectionEmulator() {
  const emulator = createStripeEmulator({ seed: 'demo' });
  const { url } = await emulator.listen(0);
  const requests: string[] = [];
  const client = createLoopbackStripe(Number(new URL(url).port), emulator.apiKey);
  client.on('request', (request: Stripe.RequestEvent) => requests.push(`${request.method} ${request.path}`));
  return { emulator, client, requests, close: () => emulator.close() };
}

/**
 * Changes the demo account the way customers would in the portal (a retention offer accepted among
 * them): some changes share a second, some
 * are a second apart (the emulator's clock moves), so events both can and cannot be ordered by `created`.
 */
export function changeEverything(emulator: StripeEmulator): void {
  const { actions, clock } = emulator;
  const { subscriptions: s, items: i, prices: p, customers: c } = DEMO_IDS;
  actions.pauseSubscription(s.active);
  actions.resumeSubscription(s.active);
  actions.updateSubscriptionItem(s.active, i.active, { price: p.proMonthly });
  clock.advance(1);
  actions.cancelSubscription(s.active, { mode: 'at_period_end' });
  actions.updatePaymentMethod(c.pastDue, CARD);
  clock.advance(1);
  actions.updateSubscriptionItem(s.multiTeam, i.multiTeam, { quantity: 7 });
  // The retention offer of a cancel flow, accepted: an event naming a discount by ID only.
  actions.applyRetentionCoupon(s.multiTeam, DEMO_IDS.retentionCoupon);
  actions.cancelSubscription(s.multiAddon, { mode: 'immediately' });
  actions.updatePaymentMethod(c.active, { ...CARD, number: '5555 5555 5555 4444', exp_year: 2031 });
  clock.advance(1);
  actions.renewSubscription(s.active);
}

/** Every event the emulator sent, oldest first. */
export function sentEvents(emulator: StripeEmulator): Stripe.Event[] {
  return emulator.store.events.list().reverse();
}

/** A small seeded random source, so a failing order can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

/** `items` in a random order, each repeated one to three times. */
export function shuffledWithDuplicates<T>(items: readonly T[], random: () => number): T[] {
  const out = items.flatMap((item) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => item));
  for (let n = out.length - 1; n > 0; n -= 1) {
    const k = Math.floor(random() * (n + 1));
    [out[n], out[k]] = [out[k]!, out[n]!];
  }
  return out;
}

/** The webhook endpoint the projection is fed through: the kit's own handler, real signatures. */
export function projectionWebhook(projection: BillingProjection, store?: WebhookEventStore) {
  const failures: unknown[] = [];
  const logger = {
    error: (_message: string, context?: Record<string, unknown>) => void failures.push(context?.error),
    warn: () => {},
  };
  const handler = createWebhookHandler({ stripe: signingStripe, secret: SECRET, on: { ...projection.on }, logger, store });
  /** Delivers one event, and again while the answer is not 200 (as Stripe retries a 409 or 500). */
  return async function deliver(event: Stripe.Event): Promise<void> {
    // 409 while another delivery of the same event runs: wait for it as Stripe would, only sooner.
    for (let attempt = 1; attempt <= 100; attempt += 1) {
      const response = await handler(await signedRequest(serialise(event)));
      if (response.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * attempt, 50)));
    }
    throw new Error(`The delivery of ${event.id} (${event.type}) never succeeded; last failure: ${String(failures.at(-1))}`);
  };
}

/** The customer's billing state read from Stripe through the SDK, for comparing with the projection. */
export async function billingInStripe(client: Stripe, customer: string): Promise<Omit<CustomerBilling, 'version'>> {
  const subscriptions = await client.subscriptions.list({
    customer,
    status: 'all',
    limit: 100,
    expand: DESCRIBED_DISCOUNTS_IN_LIST,
  });
  const invoices = await client.invoices.list({ customer, status: 'open', limit: 100 });
  const live = (await client.customers.retrieve(customer)) as Stripe.Customer;
  const method = live.invoice_settings.default_payment_method;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    subscriptions: subscriptions.data
      .map((subscription) => toBillingSubscription(subscription, describedDiscountsOrFail(subscription)))
      .sort(byId),
    customer: { name: live.name ?? null, email: live.email ?? null },
    defaultPaymentMethod:
      method === null
        ? null
        : toBillingPaymentMethod(await client.paymentMethods.retrieve(typeof method === 'string' ? method : method.id)),
    openInvoices: invoices.data
      .map((invoice) => {
        const { status: _status, ...rest } = toBillingInvoice(invoice);
        return rest;
      })
      .sort(byId),
  };
}

function describedDiscountsOrFail(subscription: Stripe.Subscription) {
  const described = describedDiscounts(subscription);
  if (described === undefined) throw new Error(`Stripe did not expand the discounts of ${subscription.id}.`);
  return described;
}

/**
 * Asserts the projection holds exactly what Stripe holds for every demo customer, and spells out
 * the raw Stripe fields next to the projected ones, so a mapping slip cannot hide on both sides.
 */
export async function expectProjectionMatchesStripe(projection: BillingProjection, client: Stripe): Promise<void> {
  for (const customer of DEMO_CUSTOMERS) {
    const { version: _version, ...projected } = await projection.getCustomerBilling(customer);
    expect(projected, customer).toEqual(await billingInStripe(client, customer));
    for (const subscription of projected.subscriptions) {
      const raw = await client.subscriptions.retrieve(subscription.id);
      expect(subscription, subscription.id).toMatchObject({
        status: raw.status,
        cancelAt: raw.cancel_at,
        cancelAtPeriodEnd: raw.cancel_at_period_end,
        pauseCollection: raw.pause_collection && {
          behavior: raw.pause_collection.behavior,
          resumesAt: raw.pause_collection.resumes_at,
        },
        trialEnd: raw.trial_end,
        items: raw.items.data.map((item) =>
          expect.objectContaining({ id: item.id, price: item.price.id, quantity: item.quantity }),
        ),
        discounts: raw.discounts.map((discount) => expect.objectContaining({ id: discount })),
      });
    }
  }
}
