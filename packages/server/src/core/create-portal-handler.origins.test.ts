import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { APP_ORIGIN, createTestHandler, errorOf, formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

const MARKETING = 'https://www.example.com';
const ADMIN = 'https://admin.example.com';
const PRICING = `${MARKETING}/pricing`;

describe('createPortalHandler: who may post and where customers may return are two lists', () => {
  it('sends a customer back to a return origin that may not post', async () => {
    const handler = createTestHandler(stripe(), { returnOrigins: [MARKETING] });
    const response = await handler(jsonRequest({ flow: 'payment_method_update', returnTo: PRICING }));
    expect(response.status).toBe(200);
    expect(stripe().onlySession().return_url).toBe(PRICING);
  });

  it.each([
    [
      'a fetch',
      () =>
        jsonRequest(
          { flow: 'payment_method_update', returnTo: PRICING },
          { headers: { origin: MARKETING, 'sec-fetch-site': 'same-site' } },
        ),
    ],
    [
      'a plain form post',
      () => formRequest({ flow: 'payment_method_update' }, { headers: { origin: MARKETING, 'sec-fetch-site': 'same-site' } }),
    ],
    ['a post with no Sec-Fetch-Site', () => jsonRequest({}, { headers: { origin: MARKETING, 'sec-fetch-site': '' } })],
  ])("refuses %s from a return origin: it cannot start a session with the customer's cookies", async (_case, request) => {
    const getCustomerId = vi.fn(() => 'cus_alice');
    const warn = vi.spyOn(console, 'warn');
    const response = await createTestHandler(stripe(), { returnOrigins: [MARKETING], getCustomerId })(request());
    expect(response.status).toBe(403);
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('cross-site'),
      expect.objectContaining({ allowedOrigins: [APP_ORIGIN] }),
    );
  });

  it('lets the origins in allowedOrigins post and be returned to, when returnOrigins is not given', async () => {
    const handler = createTestHandler(stripe(), { allowedOrigins: [ADMIN] });
    const request = jsonRequest({ returnTo: `${ADMIN}/billing` }, { headers: { origin: ADMIN, 'sec-fetch-site': 'same-site' } });
    expect((await handler(request)).status).toBe(200);
    expect(stripe().onlySession().return_url).toBe(`${ADMIN}/billing`);
  });

  it('returns only to returnOrigins and the origin of returnUrl once returnOrigins is given', async () => {
    const handler = createTestHandler(stripe(), { allowedOrigins: [ADMIN], returnOrigins: [MARKETING] });
    const toAdmin = await handler(jsonRequest({ returnTo: `${ADMIN}/billing` }));
    expect(toAdmin.status).toBe(400);
    expect(await errorOf(toAdmin)).toMatchObject({ code: 'INVALID_REQUEST', param: 'returnTo' });
    expect((await handler(jsonRequest({ returnTo: PRICING }))).status).toBe(200);
    expect((await handler(jsonRequest({ returnTo: `${APP_ORIGIN}/done` }))).status).toBe(200);
    // Posting is still allowedOrigins' job: the admin origin may post, with a return target on a return origin.
    const fromAdmin = jsonRequest({ returnTo: PRICING }, { headers: { origin: ADMIN, 'sec-fetch-site': 'same-site' } });
    expect((await handler(fromAdmin)).status).toBe(200);
    expect(
      stripe()
        .sessions()
        .map((session) => session.return_url),
    ).toEqual([PRICING, `${APP_ORIGIN}/done`, PRICING]);
  });

  it('refuses a return target on an origin in neither list', async () => {
    const handler = createTestHandler(stripe(), { allowedOrigins: [ADMIN], returnOrigins: [MARKETING] });
    const response = await handler(jsonRequest({ returnTo: 'https://evil.example.net/' }));
    expect(response.status).toBe(400);
    expect(stripe().calls()).toEqual([]);
  });
});
