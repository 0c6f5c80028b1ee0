import { describe, expect, it, vi } from 'vitest';
import { createBillingProjection } from '../projection/create-billing-projection';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { ALICE, BOB, createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';
import { createRecordingStripe } from '../testing/recording-stripe';
import { createPortalHandler } from './create-portal-handler';

const stripe = useEmulatedStripe();
const cancel = (subscription: string) => ({ flow: 'subscription_cancel', subscription });
const confirm = (subscription: string, item: string) => ({
  flow: 'subscription_update_confirm',
  subscription,
  items: [{ id: item, quantity: 2 }],
});

/** A projection that copied Alice's and Bob's subscriptions from the emulator, and the calls made after. */
async function knownToProjection() {
  const projection = createBillingProjection({ stripe: stripe().client() });
  await projection.reconcile(ALICE);
  await projection.reconcile(BOB);
  const before = stripe().calls().length;
  return { projection, callsSince: () => stripe().calls().slice(before) };
}

describe('createPortalHandler with ownsSubscription: one Stripe call per click when the owner is known', () => {
  it('creates the session without retrieving a subscription the projection knows is the customer’s', async () => {
    const { projection, callsSince } = await knownToProjection();
    const handler = createTestHandler(stripe(), { ownsSubscription: projection.ownsSubscription });
    const response = await handler(jsonRequest(cancel('sub_alice')));
    expect(response.status).toBe(200);
    expect(callsSince()).toEqual(['POST /v1/billing_portal/sessions']);
    expect(stripe().onlySession().flow?.subscription_cancel?.subscription).toBe('sub_alice');
  });

  it('makes two calls for the same click without it (the ownership retrieve, then the session)', async () => {
    const { callsSince } = await knownToProjection();
    const response = await createTestHandler(stripe())(jsonRequest(cancel('sub_alice')));
    expect(response.status).toBe(200);
    expect(callsSince()).toEqual(['GET /v1/subscriptions/sub_alice', 'POST /v1/billing_portal/sessions']);
  });

  it('refuses another customer’s subscription it knows of as not found, calling Stripe not at all', async () => {
    const { projection, callsSince } = await knownToProjection();
    const handler = createTestHandler(stripe(), { ownsSubscription: projection.ownsSubscription });
    const response = await handler(jsonRequest(cancel('sub_bob')));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND', param: 'subscription' });
    expect(callsSince()).toEqual([]);
  });

  it('still asks Stripe about a subscription the projection has never seen', async () => {
    const projection = createBillingProjection({ stripe: stripe().client() });
    const handler = createTestHandler(stripe(), { ownsSubscription: projection.ownsSubscription });
    expect((await handler(jsonRequest(cancel('sub_alice')))).status).toBe(200);
    expect(stripe().calls()).toEqual(['GET /v1/subscriptions/sub_alice', 'POST /v1/billing_portal/sessions']);
    expect((await handler(jsonRequest(cancel('sub_bob')))).status).toBe(404);
  });

  it('skips the retrieve for an update-confirm whose item it knows, and asks Stripe about an item it does not', async () => {
    const { projection, callsSince } = await knownToProjection();
    const handler = createTestHandler(stripe(), {
      ownsSubscription: projection.ownsSubscription,
      allowedPrices: ['price_pro'],
    });
    expect((await handler(jsonRequest(confirm('sub_alice', 'si_alice')))).status).toBe(200);
    expect(callsSince()).toEqual(['POST /v1/billing_portal/sessions']);
    const response = await handler(jsonRequest(confirm('sub_alice', 'si_bob')));
    expect(response.status).toBe(404);
    expect(callsSince().slice(1)).toEqual(['GET /v1/subscriptions/sub_alice']);
  });
});

describe('createPortalHandler with an ownsSubscription that cannot answer', () => {
  const setup = (ownsSubscription: () => unknown) => {
    const recording = createRecordingStripe();
    const logger = { error: vi.fn(), warn: vi.fn() };
    const handler = createPortalHandler({
      stripe: recording.client,
      getCustomerId: () => ALICE,
      returnUrl: 'https://app.example.com/account',
      ownsSubscription: ownsSubscription as () => boolean,
      logger,
    });
    return { recording, logger, handler };
  };

  it('asks Stripe when it throws, and logs a warning', async () => {
    const { recording, logger, handler } = setup(() => {
      throw new Error('database down');
    });
    expect((await handler(jsonRequest(cancel('sub_alice')))).status).toBe(200);
    expect(recording.retrieved).toEqual(['sub_alice']);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/ownsSubscription threw/), expect.anything());
  });

  it.each([['yes'], [1], [null], [undefined]])('treats %j as "does not know" and asks Stripe', async (answer) => {
    const { recording, handler } = setup(async () => answer);
    expect((await handler(jsonRequest(cancel('sub_bob')))).status).toBe(404);
    expect(recording.retrieved).toEqual(['sub_bob']);
    expect(recording.sessions).toEqual([]);
  });

  it('is given the customer, the subscription and the update-confirm item', async () => {
    const ownsSubscription = vi.fn(() => true);
    const { recording, handler } = setup(ownsSubscription);
    await handler(jsonRequest(confirm('sub_alice', 'si_alice')));
    expect(ownsSubscription).toHaveBeenCalledWith(ALICE, 'sub_alice', 'si_alice');
    expect(recording.retrieved).toEqual([]);
  });

  it('must be a function', () => {
    expect(() =>
      createPortalHandler({
        stripe: createRecordingStripe().client,
        getCustomerId: () => ALICE,
        returnUrl: 'https://a.example/',
        ownsSubscription: true as never,
      }),
    ).toThrow('createPortalHandler(): ownsSubscription must be a function');
  });
});
