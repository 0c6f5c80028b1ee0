import { describe, expect, it, vi } from 'vitest';
import { startEmulatedStripe, useEmulatedStripe } from '../testing/emulator-kit';
import { createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

const CARD_FLOW = { flow: 'payment_method_update' };

// Stripe's own error answers, from the emulator, as the real SDK raises them.
describe('createPortalHandler: when Stripe refuses', () => {
  it('answers 409 FLOW_UNAVAILABLE for a flow the portal configuration turns off', async () => {
    const response = await createTestHandler(stripe(), { configuration: 'bpc_cancel_only' })(jsonRequest(CARD_FLOW));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('FLOW_UNAVAILABLE');
    expect(stripe().sessions()).toEqual([]);
  });

  it.each([
    ['already canceled', 'sub_alice_canceled'],
    ['already set to cancel', 'sub_alice_ending'],
  ])('answers 409 FLOW_UNAVAILABLE to cancel a subscription that is %s', async (_case, subscription) => {
    const response = await createTestHandler(stripe())(jsonRequest({ flow: 'subscription_cancel', subscription }));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('FLOW_UNAVAILABLE');
    // The subscription is the customer's; it is Stripe that says no.
    expect(stripe().calls()).toEqual([`GET /v1/subscriptions/${subscription}`, 'POST /v1/billing_portal/sessions']);
  });

  it('tells the developer what to do when the portal was never set up in Stripe', async () => {
    const unconfigured = await startEmulatedStripe({ defaultConfiguration: false });
    try {
      const response = await createTestHandler(unconfigured)(jsonRequest(CARD_FLOW));
      expect(response.status).toBe(500);
      const error = await errorOf(response);
      expect(error.code).toBe('PORTAL_NOT_CONFIGURED');
      expect(error.message).toMatch(/Customer portal/);
      expect(error.message).toMatch(/configuration: "bpc_\.\.\."/);
      expect(error.message).not.toMatch(/No configuration provided/);
      // Naming a configuration is the way out that the message offers.
      expect((await createTestHandler(unconfigured, { configuration: 'bpc_default' })(jsonRequest(CARD_FLOW))).status).toBe(200);
    } finally {
      await unconfigured.close();
    }
  });

  it('reports a refused API key as SERVER_MISCONFIGURED', async () => {
    const handler = createTestHandler(stripe(), { stripe: stripe().client({}, 'sk_test_wrong') });
    const response = await handler(jsonRequest(CARD_FLOW));
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error.code).toBe('SERVER_MISCONFIGURED');
    expect(error.message).toMatch(/API key/);
    expect(stripe().calls()).toEqual(['POST /v1/billing_portal/sessions']);
  });

  it('reports an unknown configuration as SERVER_MISCONFIGURED', async () => {
    const response = await createTestHandler(stripe(), { configuration: 'bpc_missing' })(jsonRequest(CARD_FLOW));
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(/configuration option/),
    });
  });

  it('reports an unknown retention coupon as SERVER_MISCONFIGURED', async () => {
    const handler = createTestHandler(stripe(), { retentionCoupon: 'STAY' });
    const response = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_alice' }));
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(/retentionCoupon/),
    });
  });

  it("logs Stripe's own message and request ID, and keeps both out of the response", async () => {
    const logged = vi.spyOn(console, 'error');
    const response = await createTestHandler(stripe(), { getCustomerId: () => 'cus_nobody' })(jsonRequest(CARD_FLOW));

    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain('No such customer');
    expect(text).not.toContain('cus_nobody');
    expect(text).not.toContain('req_');
    expect(logged).toHaveBeenCalledWith(
      '[portal] portalkit: Stripe call create_session failed; answered SERVER_MISCONFIGURED.',
      expect.objectContaining({
        stripeMessage: "No such customer: 'cus_nobody'",
        stripeCode: 'resource_missing',
        stripeErrorType: 'invalid_request_error',
        statusCode: 400,
        requestId: stripe().requestIds()[0],
      }),
    );
    expect(stripe().requestIds()[0]).toMatch(/^req_/);
  });
});
