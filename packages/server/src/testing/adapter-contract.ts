import { expect, it } from 'vitest';
import { OVERSIZED_RETURN_TO, postJson, SAME_ORIGIN } from './test-server';
import type { PortalHandler } from '../core/portal-handler-options';
import type { FakeStripe } from './fake-stripe';
import { ALICE, BOB, createTestHandler } from './portal-test-kit';

/*
 * What every adapter promises, said once: each adapter's test file declares these tests against a real
 * server of its framework, on port 0, with the real `stripe` SDK talking to the fake Stripe. What only
 * one framework can get wrong (its body parsers, its context object, its middleware) stays in its file.
 * That the handler's body rules hold behind each framework's body readers is `body-rules-contract.ts`.
 */

/** Headers of the React kit's JSON `fetch` from a page of the app. */
export const SAME_ORIGIN_JSON = { 'content-type': 'application/json', ...SAME_ORIGIN } as const;

/** Someone using the test app: one of its two users, or a stranger whose credential it does not know. */
export type Visitor = 'alice' | 'bob' | 'stranger';

/** The test app's users, by the credential its auth step reads (a session cookie, a bearer token). */
export const USERS: ReadonlyMap<string, { customerId: string }> = new Map([
  ['alice', { customerId: ALICE }],
  ['bob', { customerId: BOB }],
]);

/** Posts `fields` as a form on a page of the app does, and keeps the redirect for the test to read. */
function postFormFromPage(url: string, fields: [string, string][]): Promise<Response> {
  return fetch(url, { method: 'POST', headers: SAME_ORIGIN, body: new URLSearchParams(fields), redirect: 'manual' });
}

/** Sends `body` in chunks, without a Content-Length, as a streaming client does. */
function postChunked(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(body));
      controller.close();
    },
  });
  return fetch(url, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
}

/**
 * Declares the tests of the portal served through an adapter: the answers `createPortalHandler` gives
 * reach the browser intact, and its limits and refusals hold however the body arrives.
 *
 * @param fake - The fake Stripe of the calling block, from `useFakeStripe()`.
 * @param servePortal - Serves `portal` the way an app mounts it with the adapter; resolves to its URL.
 */
export function itServesThePortal(fake: () => FakeStripe, servePortal: (portal: PortalHandler) => Promise<string>): void {
  it('answers JSON with 200 { url }, a form with 303 Location, GET with 405 Allow, all not cacheable', async () => {
    const url = await servePortal(createTestHandler(fake()));

    const ok = await postJson(url, { flow: 'subscription_cancel', subscription: 'sub_alice' }, { headers: SAME_ORIGIN_JSON });
    const form = await postFormFromPage(url, [
      ['flow', 'subscription_update_confirm'],
      ['subscription', 'sub_alice'],
      ['items[0][id]', 'si_alice'],
      ['items[0][quantity]', '4'],
    ]);
    const get = await fetch(url);

    expect([ok.status, form.status, get.status]).toEqual([200, 303, 405]);
    expect(await ok.json()).toEqual({ url: fake().sessionUrls[0] });
    expect(form.headers.get('location')).toBe(fake().sessionUrls[1]);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await get.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    for (const response of [ok, form, get]) expect(response.headers.get('cache-control')).toBe('no-store');
    const [cancel, confirm] = fake().requestsTo('sessions');
    expect(cancel!.body).toMatchObject({
      customer: ALICE,
      flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: 'sub_alice' } },
    });
    expect(confirm!.body).toMatchObject({
      customer: ALICE,
      flow_data: { subscription_update_confirm: { subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: '4' }] } },
    });
  });

  it('refuses a body over 8 KiB with 413, JSON or form, with its length declared or streamed in chunks', async () => {
    const url = await servePortal(createTestHandler(fake()));

    const responses = [
      await postJson(url, { returnTo: OVERSIZED_RETURN_TO }, { headers: SAME_ORIGIN_JSON }),
      await postFormFromPage(url, [['returnTo', OVERSIZED_RETURN_TO]]),
      await postChunked(url, SAME_ORIGIN_JSON, JSON.stringify({ returnTo: OVERSIZED_RETURN_TO })),
    ];

    expect(responses.map((response) => response.status)).toEqual([413, 413, 413]);
    for (const response of responses) expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(fake().requests).toHaveLength(0);
  });

  it('refuses a customer field by name, and a field sent twice', async () => {
    const url = await servePortal(createTestHandler(fake()));

    const smuggled = await postJson(url, { flow: 'payment_method_update', customer: 'cus_bob' }, { headers: SAME_ORIGIN_JSON });
    const twice = await postFormFromPage(url, [
      ['flow', 'customer_update'],
      ['flow', 'payment_method_update'],
    ]);

    expect(smuggled.status).toBe(400);
    expect(await smuggled.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'customer' } });
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'flow' } });
    expect(fake().requests).toHaveLength(0);
  });
}

/** An app that signs its users in its own way and keeps the user where its framework keeps such things. */
export interface SignedInApp {
  /**
   * Serves the app: its auth step finds the user in {@link USERS} by the credential {@link signIn}
   * sends and leaves it in the adapter's context (Hono's `c`, Express's `req`, Node's
   * `IncomingMessage`), where the portal's `getCustomerId` reads it. Resolves to the portal's URL.
   */
  serve(): Promise<string>;
  /** The headers that carry `visitor`'s credential. */
  signIn(visitor: Visitor): Record<string, string>;
}

/**
 * Declares the tests of an adapter handing its context to the app's auth: the portal is the one of the
 * user the app found there, and nobody else's.
 *
 * @param fake - The fake Stripe of the calling block, from `useFakeStripe()`; `app` talks to it.
 */
export function itFollowsTheAppsAuth(fake: () => FakeStripe, app: SignedInApp): void {
  const as = (visitor: Visitor) => ({ ...SAME_ORIGIN_JSON, ...app.signIn(visitor) });

  it("creates the session for the user the app's auth found", async () => {
    const url = await app.serve();

    const alice = await postJson(url, { flow: 'payment_method_update' }, { headers: as('alice') });
    const bob = await postJson(url, { flow: 'subscription_cancel', subscription: 'sub_bob' }, { headers: as('bob') });

    expect([alice.status, bob.status]).toEqual([200, 200]);
    expect(
      fake()
        .requestsTo('sessions')
        .map((request) => request.body.customer),
    ).toEqual([ALICE, BOB]);
  });

  it("answers 401 when the app's auth found nobody, and 404 for a subscription of another user", async () => {
    const url = await app.serve();

    const anonymous = await postJson(url, { flow: 'payment_method_update' }, { headers: as('stranger') });
    const someoneElses = await postJson(url, { flow: 'subscription_cancel', subscription: 'sub_bob' }, { headers: as('alice') });

    expect([anonymous.status, someoneElses.status]).toEqual([401, 404]);
    expect(fake().requestsTo('sessions')).toHaveLength(0);
  });
}
