import { describe, expect, it } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { RETURN_URL, createTestHandler, errorOf, formRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

/** The `<h1>` of a page. */
const headingOf = (html: string) => /<h1\b[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

describe('createPortalHandler: plain HTML form posts', () => {
  it('answers with 303 See Other to the session URL, not cacheable, with no body', async () => {
    const response = await createTestHandler(stripe())(formRequest({ flow: 'payment_method_update', returnTo: '/billing' }));

    expect(response.status).toBe(303);
    const session = stripe().onlySession();
    expect(response.headers.get('location')).toBe(session.url);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('');
    expect(session).toMatchObject({
      return_url: 'https://app.example.com/billing',
      flow: { type: 'payment_method_update', after_completion: { redirect: { return_url: 'https://app.example.com/billing' } } },
    });
  });

  it("sends the browser to a portal URL that works once: Stripe's page for the flow, then an expired page", async () => {
    const response = await createTestHandler(stripe())(formRequest({ flow: 'payment_method_update' }));
    const sessionUrl = response.headers.get('location')!;

    // The browser follows the 303; the portal's first answer starts the visit and moves on to the flow.
    const first = await fetch(sessionUrl, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const visit = { cookie: first.headers.get('set-cookie')!.split(';')[0]! };
    const page = await fetch(new URL(first.headers.get('location')!, sessionUrl), { headers: visit });
    expect(page.status).toBe(200);
    expect(headingOf(await page.text())).toBe('Update payment method');

    const again = await fetch(sessionUrl, { redirect: 'manual' });
    expect(again.status).toBe(410);
    expect(headingOf(await again.text())).toBe('This portal session has expired');
  });

  it('opens the portal homepage for a form with nothing but a button', async () => {
    const response = await createTestHandler(stripe())(formRequest(''));
    expect(response.status).toBe(303);
    expect(stripe().onlySession()).toMatchObject({ customer: 'cus_alice', return_url: RETURN_URL, flow: null, locale: null });
  });

  it('reads the update-confirm item from bracket notation', async () => {
    const form =
      'flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][price]=price_pro&items[0][quantity]=4';
    const response = await createTestHandler(stripe(), { allowedPrices: ['price_pro'] })(formRequest(form));
    expect(response.status).toBe(303);
    expect(stripe().onlySession().flow?.subscription_update_confirm).toEqual({
      subscription: 'sub_alice',
      items: [{ id: 'si_alice', price: 'price_pro', quantity: 4 }],
      discounts: null,
    });
  });

  it('reads percent-encoded brackets the same way', async () => {
    const form =
      'flow=subscription_update_confirm&subscription=sub_alice&items%5B0%5D%5Bid%5D=si_alice&items%5B0%5D%5Bquantity%5D=2';
    expect((await createTestHandler(stripe())(formRequest(form))).status).toBe(303);
    expect(stripe().onlySession().flow?.subscription_update_confirm?.items).toEqual([
      { id: 'si_alice', price: null, quantity: 2 },
    ]);
  });

  it.each([
    ['flow=payment_method_update&flow=customer_update', 'flow', /more than once/],
    [
      'flow=subscription_update_confirm&subscription=sub_alice&items=si_alice&items[0][id]=si_alice',
      'items[0][id]',
      /more than once/,
    ],
    [
      'flow=subscription_update_confirm&subscription=sub_alice&items[1][id]=si_alice&items[1][quantity]=2',
      'items',
      /exactly one/,
    ],
    ['flow=subscription_update_confirm&subscription=sub_alice&items[][id]=si_alice', 'items[][id]', /name\[key\]/],
    ['flow=subscription_update_confirm&subscription=sub_alice&items[0][id][x][y]=si_alice', 'items[0][id][x][y]', /name\[key\]/],
    [
      'flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][quantity]=2x',
      'items[0].quantity',
      /whole number/,
    ],
    [
      'flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][quantity]=',
      'items[0].quantity',
      /whole number/,
    ],
    ['flow=', 'flow', /flow must be one of/],
  ])('refuses the form %s naming %s', async (form, param, message) => {
    const response = await createTestHandler(stripe())(formRequest(form, { headers: { accept: 'application/json' } }));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param });
    expect(error.message).toMatch(message);
    expect(stripe().calls()).toEqual([]);
  });

  it('answers a failed form post from a browser with a small HTML page and a way back', async () => {
    const handler = createTestHandler(stripe(), { returnUrl: 'https://app.example.com/account?tab=billing&from=portal' });
    const response = await handler(formRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }));

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('<a href="https://app.example.com/account?tab=billing&#38;from=portal">Back to the app</a>');
    expect(page).toContain('We could not find that subscription on your account.');
    expect(page).toContain('NOT_FOUND');
    expect(page).not.toContain('sub_bob');
    expect(page).not.toContain('No such subscription');
  });

  it('answers 401 to a signed-out browser with a page, not a redirect', async () => {
    const response = await createTestHandler(stripe(), { getCustomerId: () => null })(
      formRequest({ flow: 'payment_method_update' }),
    );
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Please sign in, then try again.');
    expect(stripe().calls()).toEqual([]);
  });

  it('answers a page that a browser fetched (Accept: text/html) with 405 for a GET', async () => {
    const request = new Request('https://app.example.com/api/billing/portal', { headers: { accept: 'text/html' } });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.text()).toContain('<!doctype html>');
  });

  it('answers { url } to a form-encoded fetch that asks for JSON only', async () => {
    const response = await createTestHandler(stripe())(
      formRequest({ flow: 'payment_method_update' }, { headers: { accept: 'application/json' } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ url: stripe().onlySession().url });
  });

  it('answers JSON errors to a form-encoded fetch that does not ask for HTML', async () => {
    const response = await createTestHandler(stripe())(formRequest('flow=nope', { headers: { accept: '*/*' } }));
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'flow' });
  });
});
