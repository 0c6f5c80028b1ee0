import { describe, expect, it } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';
import { createRecordingStripe } from '../testing/recording-stripe';
import { createPortalHandler } from './create-portal-handler';

const stripe = useEmulatedStripe();
const ACCOUNT = 'acct_alice_v2';

/** Alice's Accounts v2 subscription: the account is the customer (`customer_account`). */
function seedAccountSubscription() {
  stripe().emulator.seed({
    subscriptions: [
      {
        id: 'sub_alice_v2',
        customer: 'cus_alice',
        customer_account: ACCOUNT,
        items: [{ id: 'si_alice_v2', price: 'price_basic' }],
      },
    ],
  });
}

const asAccount = (account: string) => createTestHandler(stripe(), { getCustomerId: () => account });

describe('createPortalHandler for an Accounts v2 customer (getCustomerId returns acct_...)', () => {
  it('creates the session with customer_account, and no customer', async () => {
    const recording = createRecordingStripe();
    const handler = createPortalHandler({
      stripe: recording.client,
      getCustomerId: () => ACCOUNT,
      returnUrl: 'https://app.example.com/account',
    });
    expect((await handler(jsonRequest({ flow: 'payment_method_update' }))).status).toBe(200);
    expect(recording.sessions[0]).toMatchObject({ customer_account: ACCOUNT });
    expect(recording.sessions[0]).not.toHaveProperty('customer');
  });

  it('opens the portal through the real SDK and the emulator', async () => {
    seedAccountSubscription();
    const response = await asAccount(ACCOUNT)(jsonRequest({ flow: 'payment_method_update' }));
    expect(response.status).toBe(200);
    expect(stripe().onlySession().customer_account).toBe(ACCOUNT);
  });

  it("opens a subscription flow for the account's own subscription, compared with its customer_account", async () => {
    seedAccountSubscription();
    const response = await asAccount(ACCOUNT)(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_alice_v2' }));
    expect(response.status).toBe(200);
    expect(stripe().calls()).toEqual(['GET /v1/subscriptions/sub_alice_v2', 'POST /v1/billing_portal/sessions']);
  });

  it.each([
    ['a subscription whose customer_account is another account', 'acct_someone_else', 'sub_alice_v2'],
    ['a subscription with a customer but no customer_account', ACCOUNT, 'sub_alice'],
  ])('refuses %s as not found, and creates no session', async (_case, account, subscription) => {
    seedAccountSubscription();
    const response = await asAccount(account)(jsonRequest({ flow: 'subscription_cancel', subscription }));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND', param: 'subscription' });
    expect(stripe().sessions()).toEqual([]);
  });

  it('does not let a cus_ customer use the account’s subscription either', async () => {
    seedAccountSubscription();
    const response = await createTestHandler(stripe(), { getCustomerId: () => 'cus_bob' })(
      jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_alice_v2' }),
    );
    expect(response.status).toBe(404);
  });

  it.each(['acct_', 'acct_x-y', 'acct', 'ACCT_123', 'org_123'])(
    'treats %j from getCustomerId as a setup error, calling Stripe not at all',
    async (id) => {
      const response = await asAccount(id)(jsonRequest({ flow: 'payment_method_update' }));
      expect(response.status).toBe(500);
      expect(await errorOf(response)).toMatchObject({ code: 'SERVER_MISCONFIGURED' });
      expect(stripe().calls()).toEqual([]);
    },
  );
});
