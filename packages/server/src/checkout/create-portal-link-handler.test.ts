import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { ALICE, APP_ORIGIN, BOB, consoleLogger, RETURN_URL } from '../testing/portal-test-kit';
import { createPortalLinkHandler } from './create-portal-link-handler';
import type { PortalLinkHandlerOptions } from './portal-link-options';

const stripe = useEmulatedStripe();
const LINK = `${APP_ORIGIN}/billing/portal/payment-method`;
const SIGN_IN = `${APP_ORIGIN}/login?next=/billing/portal/payment-method`;

function linkHandler(options: Partial<PortalLinkHandlerOptions> = {}) {
  return createPortalLinkHandler({
    stripe: stripe().client(),
    getCustomerId: () => ALICE,
    returnUrl: RETURN_URL,
    flow: 'payment_method_update',
    logger: consoleLogger,
    ...options,
  });
}

/** A click on the link in an email: a top-level, cross-site navigation, as Chromium sends it. */
function emailClick(headers: Record<string, string> = {}, method = 'GET'): Request {
  return new Request(LINK, {
    method,
    headers: {
      accept: 'text/html,application/xhtml+xml',
      'sec-fetch-site': 'cross-site',
      'sec-fetch-mode': 'navigate',
      'sec-fetch-dest': 'document',
      'sec-fetch-user': '?1',
      ...headers,
    },
  });
}

describe('createPortalLinkHandler: a stable link for dunning emails', () => {
  it('answers a cross-site click from an email with 303 to a fresh payment-method session, never cached', async () => {
    const response = await linkHandler()(emailClick());
    expect(response.status).toBe(303);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = stripe().onlySession();
    expect(response.headers.get('location')).toBe(session.url);
    expect(session).toMatchObject({ customer: ALICE, flow: { type: 'payment_method_update' }, return_url: RETURN_URL });
  });

  it('creates a new session on every click, so an old email still works', async () => {
    const handler = linkHandler();
    const first = await handler(emailClick());
    const second = await handler(emailClick());
    expect(first.headers.get('location')).not.toBe(second.headers.get('location'));
    expect(stripe().sessions()).toHaveLength(2);
  });

  it('opens the homepage without a flow, and reads nothing from the URL', async () => {
    const request = new Request(`${LINK}?flow=subscription_cancel&customer=${BOB}&return_url=https://evil.example`, emailClick());
    const response = await linkHandler({ flow: undefined })(request);
    expect(response.status).toBe(303);
    expect(stripe().onlySession()).toMatchObject({ customer: ALICE, flow: null, return_url: RETURN_URL });
  });

  it.each([
    ['a fetch()', { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' }],
    ['a no-cors fetch or <img>', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' }],
    ['an <iframe>', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }],
    ['an <object> or <embed>', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'object' }],
  ])('refuses %s with 403, before asking the app who is signed in', async (_, headers) => {
    const getCustomerId = vi.fn(() => ALICE);
    const response = await linkHandler({ getCustomerId })(emailClick(headers));
    expect(response.status).toBe(403);
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses a POST: the link is a GET, and posts belong to the portal handler', async () => {
    const response = await linkHandler()(emailClick({}, 'POST'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(stripe().calls()).toEqual([]);
  });

  it('sends a click without a signed-in user to signInUrl, or answers 401 without one', async () => {
    const redirected = await linkHandler({ getCustomerId: () => null, signInUrl: SIGN_IN })(emailClick());
    expect(redirected.status).toBe(303);
    expect(redirected.headers.get('location')).toBe(SIGN_IN);
    const refused = await linkHandler({ getCustomerId: () => null })(emailClick());
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toContain('text/html');
    expect(stripe().calls()).toEqual([]);
  });

  it('answers 429 RATE_LIMITED with Retry-After once a customer passes maxSessionsPerMinute, others unaffected', async () => {
    let customer = ALICE;
    const handler = linkHandler({ getCustomerId: () => customer, maxSessionsPerMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handler(emailClick())).status);
    expect(statuses).toEqual([303, 303, 429]);
    const limited = await handler(emailClick({ accept: 'application/json' }));
    expect((await limited.json()).error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(stripe().sessions()).toHaveLength(2);
    customer = BOB;
    expect((await handler(emailClick())).status).toBe(303);
  });

  it.each(['subscription_cancel', 'subscription_update', 'subscription_update_confirm', 'subscription_pause'])(
    'refuses at start-up to open the %s flow by GET, since it acts on a subscription',
    (flow) => {
      expect(() => linkHandler({ flow: flow as 'customer_update' })).toThrow(/createPortalLinkHandler\(\): flow must be/);
    },
  );

  it('names itself in the portal options’ setup errors', () => {
    expect(() => linkHandler({ returnUrl: '/account' })).toThrow(/^createPortalLinkHandler\(\): pass returnUrl/);
  });
});
