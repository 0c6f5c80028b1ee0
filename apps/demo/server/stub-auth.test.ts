import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBillingProjection, type ProjectionStripeClient } from '@portalkit/server';
import { createPriceCatalog } from './price-catalog';
import { createSessionRoutes } from './session-routes';
import { createStubAuth, SESSION_COOKIE } from './stub-auth';

const APP = 'http://app.test';
const SECRET = 'a-test-cookie-secret-that-is-long-enough';
const users = [
  { id: 'demo-user-1', customerId: 'cus_a', name: 'Ada Active', email: 'ada@example.com' },
  { id: 'demo-user-2', customerId: 'cus_b', name: 'Bo Broke', email: null },
];

const refuse = () => {
  throw new Error('The sign-in routes must not call Stripe.');
};
const neverCalledStripe = {
  subscriptions: { retrieve: refuse, list: refuse },
  invoices: { retrieve: refuse, list: refuse },
  customers: { retrieve: refuse },
  paymentMethods: { retrieve: refuse },
} as unknown as ProjectionStripeClient;

function setup(secret = SECRET) {
  const auth = createStubAuth({ users, secret, secure: false });
  // An empty projection: the sign-in routes read it only for the users' one-line summaries.
  const projection = createBillingProjection({ stripe: neverCalledStripe });
  const catalog = createPriceCatalog([], []);
  const app = new Hono().route(
    '/api',
    createSessionRoutes({ auth, projection, catalog, mode: { kind: 'stripe' }, appOrigin: APP }),
  );
  return { auth, app };
}

function signInRequest(user: string, origin = APP): Request {
  return new Request(`${APP}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams({ user }),
  });
}

/** Signs in through the real route and returns the `name=value` pair the browser would send back. */
async function signIn(app: Hono, user = 'demo-user-1'): Promise<string> {
  const response = await app.request(signInRequest(user));
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

function signOutRequest(cookie?: string, origin = APP): Request {
  return new Request(`${APP}/api/session/sign-out`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body: '',
  });
}

function withCookie(cookie: string): Request {
  return new Request(`${APP}/api/session`, { headers: { Cookie: cookie } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('stub auth', () => {
  it('signs in with a signed, httpOnly, SameSite=Lax cookie and answers the form with a 303', async () => {
    const { app } = setup();
    const response = await app.request(signInRequest('demo-user-1'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/account');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('maps the signed-in user to their customer on the server and never shows the browser a customer ID', async () => {
    const { app, auth } = setup();
    const cookie = await signIn(app, 'demo-user-2');
    expect(await auth.getCustomerId(withCookie(cookie))).toBe('cus_b');
    const session = await (await app.request(withCookie(cookie))).json();
    expect(session).toEqual({ mode: { kind: 'stripe' }, user: { id: 'demo-user-2', name: 'Bo Broke', email: null } });
    const list = await (await app.request(`${APP}/api/demo/users`)).text();
    expect(list).not.toContain('cus_');
  });

  it('treats a tampered cookie as signed out', async () => {
    const { app, auth } = setup();
    const cookie = await signIn(app, 'demo-user-1');
    const [name, value = ''] = cookie.split('=');
    const tampered = `${name}=${value[0] === 'A' ? 'B' : 'A'}${value.slice(1)}`;
    expect(tampered).not.toBe(cookie);
    expect(await auth.currentUser(withCookie(tampered))).toBeNull();
    expect(await auth.getCustomerId(withCookie(tampered))).toBeNull();
    expect(await (await app.request(withCookie(tampered))).json()).toMatchObject({ user: null });
  });

  it('treats a cookie signed with another key, or an unsigned one, as signed out', async () => {
    const other = setup('another-secret-that-is-also-long-enough');
    const foreign = await signIn(other.app, 'demo-user-1');
    const { auth } = setup();
    expect(await auth.currentUser(withCookie(foreign))).toBeNull();
    expect(await auth.currentUser(withCookie(`${SESSION_COOKIE}=demo-user-1`))).toBeNull();
  });

  it('ends a sign-in on the server once maxAgeSeconds have passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const { app, auth } = setup();
    const cookie = await signIn(app);
    expect(await auth.currentUser(withCookie(cookie))).not.toBeNull();
    vi.setSystemTime(new Date('2030-01-01T08:00:01Z'));
    expect(await auth.currentUser(withCookie(cookie))).toBeNull();
  });

  it('refuses an unknown user without setting a cookie', async () => {
    const { app } = setup();
    const response = await app.request(signInRequest('cus_a'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/?error=unknown-user');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a sign-in form posted from another site (login CSRF)', async () => {
    const { app } = setup();
    const response = await app.request(signInRequest('demo-user-1', 'https://evil.example'));
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('signs out by clearing the cookie', async () => {
    const { app } = setup();
    const response = await app.request(signOutRequest());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i'));
  });

  it('signs out on the server: a copy of the session cookie no longer works afterwards', async () => {
    const { app, auth } = setup();
    const cookie = await signIn(app, 'demo-user-2');
    const copied = cookie;
    expect(await (await app.request(withCookie(copied))).json()).toMatchObject({ user: { id: 'demo-user-2' } });

    const signedOut = await app.request(signOutRequest(cookie));
    expect(signedOut.status).toBe(303);

    expect(await (await app.request(withCookie(copied))).json()).toMatchObject({ user: null });
    expect(await auth.currentUser(withCookie(copied))).toBeNull();
    expect(await auth.getCustomerId(withCookie(copied))).toBeNull();
  });

  it('ends only the session that signed out, not the same user’s other sign-ins', async () => {
    const { app, auth } = setup();
    const laptop = await signIn(app, 'demo-user-1');
    const phone = await signIn(app, 'demo-user-1');
    expect(phone).not.toBe(laptop);
    await app.request(signOutRequest(laptop));
    expect(await auth.currentUser(withCookie(laptop))).toBeNull();
    expect(await auth.getCustomerId(withCookie(phone))).toBe('cus_a');
  });

  it('keeps the session on the server: the cookie holds neither the user nor the customer', async () => {
    const { app } = setup();
    const cookie = await signIn(app, 'demo-user-1');
    expect(decodeURIComponent(cookie)).not.toMatch(/demo-user|cus_/);
  });

  it('refuses a sign-out posted from another site, and the session stays', async () => {
    const { app, auth } = setup();
    const cookie = await signIn(app, 'demo-user-1');
    const response = await app.request(signOutRequest(cookie, 'https://evil.example'));
    expect(response.status).toBe(403);
    expect(await auth.getCustomerId(withCookie(cookie))).toBe('cus_a');
  });

  it('refuses a secret too short to sign with', () => {
    expect(() => createStubAuth({ users, secret: 'short', secure: false })).toThrow(/at least 32 characters/);
  });
});
