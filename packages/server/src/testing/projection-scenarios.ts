import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBillingProjection } from '../projection/create-billing-projection';
import type { BillingProjectionStore } from '../projection/projection-store';
import {
  changeEverything,
  DEMO_CUSTOMERS,
  expectProjectionMatchesStripe,
  projectionWebhook,
  seededRandom,
  sentEvents,
  shuffledWithDuplicates,
  startProjectionEmulator,
} from './projection-kit';

/**
 * The billing projection's promises, on the store `makeStore` gives for each test, fed by the
 * emulator's own events through the kit's webhook handler and compared with the emulator through the SDK.
 *
 * @example
 * describeProjectionScenarios('in memory', async () => createMemoryProjectionStore());
 */
export function describeProjectionScenarios(name: string, makeStore: () => Promise<BillingProjectionStore>): void {
  describe(`a billing projection ${name}, fed by webhooks from the emulator`, () => {
    let stripe: Awaited<ReturnType<typeof startProjectionEmulator>>;
    beforeAll(async () => {
      stripe = await startProjectionEmulator();
    });
    afterAll(() => stripe.close());
    beforeEach(() => {
      stripe.emulator.reset();
      stripe.requests.length = 0;
    });

    /** A projection that already copied the demo account (as an app backfills on deploy), then the portal changes. */
    async function backfilledProjection() {
      const store = await makeStore();
      const projection = createBillingProjection({ stripe: stripe.client, store });
      for (const customer of DEMO_CUSTOMERS) await projection.reconcile(customer);
      changeEverything(stripe.emulator);
      return { projection, store, deliver: projectionWebhook(projection), events: sentEvents(stripe.emulator) };
    }

    it('equals Stripe after every event arrives once, in order', async () => {
      const { projection, deliver, events } = await backfilledProjection();
      for (const event of events) await deliver(event);
      await expectProjectionMatchesStripe(projection, stripe.client);
    });

    it('equals Stripe after the events arrive newest first', async () => {
      const { projection, deliver, events } = await backfilledProjection();
      for (const event of [...events].reverse()) await deliver(event);
      await expectProjectionMatchesStripe(projection, stripe.client);
    });

    it.each([1, 7, 42, 1234])('equals Stripe after shuffled and duplicated deliveries (seed %i)', async (seed) => {
      const { projection, deliver, events } = await backfilledProjection();
      for (const event of shuffledWithDuplicates(events, seededRandom(seed))) await deliver(event);
      await expectProjectionMatchesStripe(projection, stripe.client);
    });

    it.each([3, 99])('equals Stripe after every delivery runs at once, duplicates included (seed %i)', async (seed) => {
      const { projection, deliver, events } = await backfilledProjection();
      await Promise.all(shuffledWithDuplicates(events, seededRandom(seed)).map(deliver));
      await expectProjectionMatchesStripe(projection, stripe.client);
    });

    it('equals Stripe when two instances without a shared event store each get every event, at once', async () => {
      const { projection, store, events } = await backfilledProjection();
      // Two processes: each its own projection object and its own (memory) event store, one shared projection store.
      const other = createBillingProjection({ stripe: stripe.client, store });
      const deliverTo = [projectionWebhook(projection), projectionWebhook(other)];
      const order = shuffledWithDuplicates(events, seededRandom(5));
      await Promise.all(order.flatMap((event) => deliverTo.map((deliver) => deliver(event))));
      await expectProjectionMatchesStripe(projection, stripe.client);
      await expectProjectionMatchesStripe(other, stripe.client);
    });

    it('equals Stripe when reconciles from Stripe run while the deliveries do', async () => {
      const { projection, deliver, events } = await backfilledProjection();
      const deliveries = shuffledWithDuplicates(events, seededRandom(11)).map(deliver);
      const reconciles = DEMO_CUSTOMERS.flatMap((customer) => [projection.reconcile(customer), projection.reconcile(customer)]);
      await Promise.all([...deliveries, ...reconciles]);
      await expectProjectionMatchesStripe(projection, stripe.client);
    });

    it('is not changed by an older event that arrives after a newer one, and asks Stripe nothing', async () => {
      const { projection, deliver, events } = await backfilledProjection();
      for (const event of events) await deliver(event);
      const before = await projection.getCustomerBilling(DEMO_IDS.customers.active);
      stripe.requests.length = 0;
      const older = events.find((event) => event.type === 'customer.subscription.updated')!;
      // A new event ID with an old second: Stripe's redelivery of a stale snapshot looks exactly like this.
      await deliver({ ...older, id: `${older.id}_late` });
      expect(await projection.getCustomerBilling(DEMO_IDS.customers.active)).toEqual(before);
      expect(stripe.requests).toEqual([]);
    });

    it('re-fetches an object when a second event from the same second arrives, and only then', async () => {
      const { deliver, events } = await backfilledProjection();
      // pause, resume and the price change all happen in the emulator's first second.
      const sameSecond = events.filter(
        (event) => event.created === events[0]!.created && event.type === 'customer.subscription.updated',
      );
      expect(sameSecond.length).toBeGreaterThan(1);
      stripe.requests.length = 0;
      await deliver(sameSecond[0]!);
      expect(stripe.requests).toEqual([]);
      await deliver(sameSecond[1]!);
      // Expanded, so that Stripe's copy describes its discounts too.
      expect(stripe.requests).toEqual([
        `GET /v1/subscriptions/${DEMO_IDS.subscriptions.active}?expand[0]=discounts.source.coupon`,
      ]);
    });

    it('moves the customer version on every change and leaves it alone on duplicates', async () => {
      const { projection, deliver, events } = await backfilledProjection();
      const first = events.find((event) => event.type.startsWith('customer.subscription.'))!;
      const start = await projection.getCustomerBilling(DEMO_IDS.customers.active);
      await deliver(first);
      const moved = await projection.getCustomerBilling(DEMO_IDS.customers.active);
      expect(Number(moved.version)).toBeGreaterThan(Number(start.version));
      await projection.apply(first);
      expect((await projection.getCustomerBilling(DEMO_IDS.customers.active)).version).toBe(moved.version);
    });
  });
}
