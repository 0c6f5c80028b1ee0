import type { BillingStateResponse } from '@portalkit/protocol';
import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { manualClock } from '../testing/manual-clock';
import { ALICE } from '../testing/portal-test-kit';
import { createBillingProjection } from './create-billing-projection';
import { createBillingStateHandler, type BillingStateHandlerOptions } from './create-billing-state-handler';

const stripe = useEmulatedStripe();
const STATE_URL = 'https://app.example.com/api/billing/state';

/** Alice's projection, copied from the emulator, behind the handler; the call log starts after the copy. */
async function setup(options: Partial<BillingStateHandlerOptions> = {}) {
  const projection = createBillingProjection({ stripe: stripe().client() });
  await projection.reconcile(ALICE);
  const clock = manualClock();
  const logger = { error: vi.fn(), warn: vi.fn() };
  const handler = createBillingStateHandler({ projection, getCustomerId: () => ALICE, now: clock.now, logger, ...options });
  const before = stripe().calls().length;
  const get = async (query = '', init: RequestInit = {}) => handler(new Request(`${STATE_URL}${query}`, init));
  const read = async (query = '') => (await (await get(query)).json()) as BillingStateResponse;
  return { projection, clock, logger, get, read, callsSince: () => stripe().calls().slice(before) };
}

/** Cancels Alice's subscription in the emulator and returns the event, as yet undelivered. */
function aliceCancels() {
  stripe().emulator.actions.cancelSubscription('sub_alice', { mode: 'at_period_end' });
  return stripe().emulator.store.events.list()[0]!;
}

describe('createBillingStateHandler', () => {
  it("answers the signed-in customer's projected billing state as JSON that no cache keeps", async () => {
    const { projection, get } = await setup();
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as BillingStateResponse;
    expect(body).toEqual({ ...(await projection.getCustomerBilling(ALICE)), changed: true });
    expect(body.subscriptions.map((subscription) => subscription.id).sort()).toEqual([
      'sub_alice',
      'sub_alice_canceled',
      'sub_alice_ending',
    ]);
  });

  it('carries no secrets and no URLs: only the fields a billing page shows', async () => {
    const { get } = await setup();
    const text = await (await get()).text();
    expect(text).not.toMatch(/sk_test|whsec_|client_secret|https?:\/\/|metadata/);
    // The one email is the signed-in customer's own billing email, under `customer` (no receipt or invoice emails).
    expect(text.match(/"[a-z_]*email[a-z_]*"/gi)).toEqual(['"email"']);
    expect((JSON.parse(text) as BillingStateResponse).customer).toEqual({ name: 'Alice', email: 'alice@example.com' });
  });

  it('says the state has not changed since the version the page saw, until a webhook moves it', async () => {
    const { projection, read } = await setup();
    const seen = (await read()).version;
    expect(await read(`?since=${seen}`)).toMatchObject({ version: seen, changed: false });
    await projection.apply(aliceCancels());
    const after = await read(`?since=${seen}`);
    expect(after.changed).toBe(true);
    expect(BigInt(after.version)).toBeGreaterThan(BigInt(seen));
    expect(after.subscriptions.find((subscription) => subscription.id === 'sub_alice')?.cancelAtPeriodEnd).toBe(true);
  });

  it('answers the discounts in effect once the customer accepts a retention offer: percentage and end', async () => {
    const { projection, read } = await setup();
    const seen = (await read()).version;
    stripe().emulator.actions.applyRetentionCoupon('sub_alice', 'STAY50');
    await projection.apply(stripe().emulator.store.events.list()[0]!);
    const after = await read(`?since=${seen}`);
    expect(after.changed).toBe(true);
    const [discount] = after.subscriptions.find((subscription) => subscription.id === 'sub_alice')?.discounts ?? [];
    expect(discount).toMatchObject({
      id: expect.stringMatching(/^di_/),
      couponId: 'STAY50',
      percentOff: 50,
      duration: 'repeating',
    });
    expect(discount!.end).toBeGreaterThan(discount!.start);
    expect(after.subscriptions.filter((subscription) => subscription.discounts.length > 0)).toHaveLength(1);
  });

  it('reads Stripe once when no webhook arrived within reconcileAfterMs of the first question, and not again', async () => {
    const { clock, read, callsSince } = await setup({ reconcileAfterMs: 10_000 });
    const seen = (await read()).version;
    aliceCancels(); // the webhook is lost
    expect((await read(`?since=${seen}`)).changed).toBe(false);
    clock.advance(9_999);
    expect((await read(`?since=${seen}`)).changed).toBe(false);
    expect(callsSince()).toEqual([]);
    clock.advance(1);
    const reconciled = await read(`?since=${seen}`);
    expect(reconciled.changed).toBe(true);
    expect(reconciled.subscriptions.find((subscription) => subscription.id === 'sub_alice')?.cancelAtPeriodEnd).toBe(true);
    expect(callsSince()).toEqual(['GET /v1/subscriptions', 'GET /v1/invoices', 'GET /v1/customers/cus_alice']);
    clock.advance(60_000);
    await read(`?since=${seen}`);
    expect(callsSince()).toHaveLength(3);
  });

  it('still answers, and logs, when that read from Stripe fails', async () => {
    const projection = createBillingProjection({ stripe: stripe().client() });
    const failing = {
      getCustomerBilling: projection.getCustomerBilling,
      reconcile: () => Promise.reject(new Error('Stripe is down')),
    };
    const { read, logger } = await setup({ projection: failing, reconcileAfterMs: 0 });
    const seen = (await read()).version;
    expect(await read(`?since=${seen}`)).toMatchObject({ changed: false });
    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/Reconciling/), expect.anything());
  });

  it('answers 401 when nobody is signed in, asking Stripe nothing', async () => {
    const { get, callsSince } = await setup({ getCustomerId: () => null });
    const response = await get();
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(callsSince()).toEqual([]);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD'])('refuses %s with 405 and Allow: GET', async (method) => {
    const { get } = await setup();
    const response = await get('', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it.each(['', 'abc', '-1', '1.5', '9'.repeat(31), '1,2'])(
    'refuses since=%j with 400 INVALID_REQUEST naming since',
    async (since) => {
      const { get } = await setup();
      const response = await get(`?since=${encodeURIComponent(since)}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({ code: 'INVALID_REQUEST', param: 'since' });
    },
  );

  it('refuses a cross-site request', async () => {
    const { get } = await setup();
    expect((await get('', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });

  it.each([
    [{ projection: undefined }, /pass projection/],
    [{ getCustomerId: undefined }, /pass getCustomerId/],
    [{ reconcileAfterMs: -1 }, /reconcileAfterMs/],
  ])('refuses a wrong setup when it is created (%o)', (override, message) => {
    const projection = createBillingProjection({ stripe: stripe().client() });
    expect(() => createBillingStateHandler({ projection, getCustomerId: () => ALICE, ...override } as never)).toThrow(message);
  });

  it('takes its options as a function, built on the first request', async () => {
    const projection = createBillingProjection({ stripe: stripe().client() });
    let built = 0;
    const handler = createBillingStateHandler(() => {
      built += 1;
      return { projection, getCustomerId: () => ALICE, logger: false };
    });
    expect(built).toBe(0);
    expect((await handler(new Request(STATE_URL))).status).toBe(200);
    await handler(new Request(STATE_URL));
    expect(built).toBe(1);
  });

  it('answers 500 SERVER_MISCONFIGURED when those options are wrong, and says why on console.error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const handler = createBillingStateHandler(() => ({ getCustomerId: () => ALICE }) as never);
      const response = await handler(new Request(STATE_URL));
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({ code: 'SERVER_MISCONFIGURED' });
      expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/pass projection/);
    } finally {
      consoleError.mockRestore();
    }
  });
});
