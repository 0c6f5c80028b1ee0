import Stripe from 'stripe';
import type { PortalStripeClient } from '../core/portal-handler-options';
import { ALICE, BOB } from './portal-test-kit';

type SessionParams = Stripe.BillingPortal.SessionCreateParams;

/** A subscription the stub knows: whose it is and which items it has. */
export interface StubSubscription {
  customer: string;
  items: string[];
}

/*
 * Alice's and Bob's subscriptions as the other server tests know them, plus the item counts the
 * ownership check must get right: zero items and several.
 */
export const STUB_SUBSCRIPTIONS: Readonly<Record<string, StubSubscription>> = {
  sub_alice: { customer: ALICE, items: ['si_alice'] },
  sub_bob: { customer: BOB, items: ['si_bob'] },
  sub_alice_empty: { customer: ALICE, items: [] },
  sub_alice_two: { customer: ALICE, items: ['si_alice_one', 'si_alice_two'] },
};

/** The start of every session token the stub hands out, so a test can find one from any request. */
export const SESSION_TOKEN_MARK = 'QzFuZzR0b2tlbg';

/** The host of every session URL the stub hands out, shaped like Stripe's (`/p/session/<token>`). */
const SESSION_BASE = 'https://billing.stripe.com/p/session/';

/**
 * A Stripe client that answers the handler's two calls at once, in memory, and records them: for
 * property tests that send thousands of requests, where a loopback server would spend the time in
 * HTTP instead of in the handler. An unknown subscription is refused as Stripe refuses it (the SDK's
 * own `StripeInvalidRequestError`, with Stripe's message, which quotes the ID back).
 *
 * Use the fake (`fake-stripe.ts`) or the emulator when the wire format matters.
 *
 * @example
 * const stripe = createRecordingStripe();
 * const handler = createPortalHandler({ stripe: stripe.client, getCustomerId: () => ALICE, returnUrl });
 * await handler(request);
 * expect(stripe.sessions).toHaveLength(1);
 */
export function createRecordingStripe() {
  const sessions: SessionParams[] = [];
  const sessionUrls: string[] = [];
  const retrieved: string[] = [];
  let counter = 0;

  const create = async (params: SessionParams) => {
    sessions.push(structuredClone(params));
    counter += 1;
    // Unique and recognisable, so a test can look for it (or part of its token) anywhere else.
    const url = `${SESSION_BASE}${SESSION_TOKEN_MARK}${counter.toString(36).padStart(6, '0')}`;
    sessionUrls.push(url);
    return { id: `bps_stub${counter}`, object: 'billing_portal.session', url, livemode: false, customer: params.customer };
  };

  const retrieve = async (id: string) => {
    retrieved.push(id);
    const known = Object.hasOwn(STUB_SUBSCRIPTIONS, id) ? STUB_SUBSCRIPTIONS[id] : undefined;
    if (!known) {
      throw new Stripe.errors.StripeInvalidRequestError({
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'id',
        statusCode: 404,
        message: `No such subscription: '${id}'`,
      });
    }
    return {
      id,
      object: 'subscription',
      customer: known.customer,
      items: { object: 'list', data: known.items.map((item) => ({ id: item, object: 'subscription_item' })), has_more: false },
    };
  };

  const client = {
    billingPortal: { sessions: { create } },
    subscriptions: { retrieve },
  } as unknown as PortalStripeClient;

  return {
    client,
    /** The parameters of every `billingPortal.sessions.create` call, oldest first. */
    sessions,
    /** Every session URL handed out. */
    sessionUrls,
    /** The ID of every `subscriptions.retrieve` call. */
    retrieved,
    /** Forgets the calls (not the subscriptions, which are fixed). */
    reset: () => {
      sessions.length = 0;
      sessionUrls.length = 0;
      retrieved.length = 0;
    },
  };
}

/** The stub made by {@link createRecordingStripe}. */
export type RecordingStripe = ReturnType<typeof createRecordingStripe>;
