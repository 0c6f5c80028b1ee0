import { describe, expect, it } from 'vitest';
import { isBillingError, type BillingError } from '@portalkit/protocol';
import { createScriptedFetch, SESSION_URL } from '../test/scripted-fetch';
import { createPortalSession } from './create-portal-session';

async function failureOf(promise: Promise<unknown>): Promise<BillingError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the session to fail');
    },
    (reason: unknown) => reason,
  );
  if (!isBillingError(error)) throw error;
  return error;
}

describe('createPortalSession', () => {
  it('posts the request as JSON to the endpoint, same-origin credentials, and returns the URL', async () => {
    const server = createScriptedFetch();
    const session = createPortalSession(
      { flow: 'subscription_cancel', subscription: 'sub_1', returnTo: '/account' },
      { endpoint: '/billing/portal', fetch: server.fetch },
    );
    const request = await server.next();
    request.respond(200, { url: SESSION_URL });

    await expect(session).resolves.toEqual({ url: SESSION_URL });
    expect(request.url).toBe('/billing/portal');
    expect(request.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.body).toEqual({ flow: 'subscription_cancel', subscription: 'sub_1', returnTo: '/account' });
  });

  it('posts to /api/billing/portal by default', async () => {
    const server = createScriptedFetch();
    server.autoRespond(200, { url: SESSION_URL });
    await createPortalSession({}, { fetch: server.fetch });
    expect(server.requests[0]?.url).toBe('/api/billing/portal');
    expect(server.requests[0]?.body).toEqual({});
  });

  it('adds the app headers, from an object or a function called per request, but keeps JSON', async () => {
    const server = createScriptedFetch();
    server.autoRespond(200, { url: SESSION_URL });
    let token = 0;
    const headers = async () => ({ 'X-CSRF-Token': `token-${++token}`, 'Content-Type': 'text/plain' });
    await createPortalSession({}, { fetch: server.fetch, headers });
    await createPortalSession({}, { fetch: server.fetch, headers });
    await createPortalSession({}, { fetch: server.fetch, headers: [['X-Requested-With', 'portalkit']] });

    expect(server.requests.map((r) => r.headers.get('x-csrf-token'))).toEqual(['token-1', 'token-2', null]);
    expect(server.requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(server.requests[2]?.headers.get('x-requested-with')).toBe('portalkit');
  });

  it('turns the error body into a BillingError with its code, param and Retry-After', async () => {
    const server = createScriptedFetch();
    server.autoRespond(
      429,
      { error: { code: 'RATE_LIMITED', message: 'Stripe is rate limiting', param: 'flow' } },
      { 'Retry-After': '3' },
    );
    const error = await failureOf(createPortalSession({ flow: 'payment_method_update' }, { fetch: server.fetch }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, param: 'flow', retryAfter: 3, retryable: true });
  });

  it('reports what never reached our contract as NETWORK_ERROR', async () => {
    const offline = createScriptedFetch();
    const pending = createPortalSession({}, { fetch: offline.fetch });
    (await offline.next()).fail();
    const error = await failureOf(pending);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.cause).toBeInstanceOf(TypeError);

    const proxy = createScriptedFetch();
    proxy.autoRespond(502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' });
    expect((await failureOf(createPortalSession({}, { fetch: proxy.fetch }))).code).toBe('NETWORK_ERROR');
  });

  it('reports an aborted request as NETWORK_ERROR and says so', async () => {
    const server = createScriptedFetch();
    const controller = new AbortController();
    const pending = createPortalSession({}, { fetch: server.fetch, signal: controller.signal });
    await server.next();
    controller.abort();
    const error = await failureOf(pending);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', message: 'The request to /api/billing/portal was aborted.' });
  });

  it('wraps a failing headers function, and passes a BillingError from a custom fetch through', async () => {
    const headers = () => {
      throw new Error('no CSRF cookie');
    };
    expect((await failureOf(createPortalSession({}, { headers, fetch: createScriptedFetch().fetch }))).code).toBe(
      'NETWORK_ERROR',
    );

    const { BillingError } = await import('@portalkit/protocol');
    const fetch = async () => {
      throw new BillingError('UNAUTHENTICATED', 'signed out locally');
    };
    expect((await failureOf(createPortalSession({}, { fetch }))).code).toBe('UNAUTHENTICATED');
  });
});
