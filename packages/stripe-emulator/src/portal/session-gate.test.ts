import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { VISIT_TTL_SECONDS } from '../store/portal-sessions';
import { EMULATOR_LABEL } from './layout';
import { headingOf, textOf } from '../testing/portal-browser';
import { APP_RETURN_URL, usePortalHarness } from '../testing/portal-harness';

const EXPIRED = 'This portal session has expired';
const harness = usePortalHarness({ sessionTtlSeconds: 120, clock: 'frozen' });

const createSession = (extra: Record<string, unknown> = {}) =>
  harness().stripe.billingPortal.sessions.create({ customer: DEMO_IDS.customers.active, return_url: APP_RETURN_URL, ...extra });

describe('opening a session URL', () => {
  it('works once, sets a visit cookie scoped to the session, and lands on the homepage', async () => {
    const session = await createSession();
    const token = new URL(session.url).pathname.split('/').at(-1) as string;
    const first = await fetch(session.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/p/session/${token}/home`);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^portal_visit=visit_[\w-]+;/);
    expect(cookie).toContain(`Path=/p/session/${token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');

    const browser = harness().browser();
    const page = await browser.open(session.url);
    expect(page.status).toBe(410);
    expect(headingOf(page.html)).toBe(EXPIRED);
  });

  it('shows the homepage with the emulator label, business and customer, and no referrer or script', async () => {
    const page = await harness()
      .browser()
      .open((await createSession()).url);
    expect(page.status).toBe(200);
    expect(page.url).toMatch(/\/home$/);
    expect(headingOf(page.html)).toBe('Billing overview');
    const text = textOf(page.html);
    expect(text).toContain(EMULATOR_LABEL);
    expect(text).toContain('Emulated business');
    expect(text).toContain('Customer: Ada Lovelace');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps working for the browser that opened it, while the URL itself shows the expired page', async () => {
    const session = await createSession();
    const browser = harness().browser();
    const home = await browser.open(session.url);
    expect(home.status).toBe(200);
    // The same browser, with its cookie, opening the single-use URL again: expired.
    const again = await browser.open(session.url);
    expect(again.status).toBe(410);
    expect(headingOf(again.html)).toBe(EXPIRED);
    expect(textOf(again.html)).toContain('already been used');
    // ...but the page it was shown, and the forms on it, still work.
    const reload = await browser.open(home.url);
    expect(headingOf(reload.html)).toBe('Billing overview');
    const form = await browser.open(home.url.replace(/home$/, 'payment-method'));
    const saved = await browser.submit(form, 'Save payment method', {
      number: '4242 4242 4242 4242',
      expiry: '12 / 40',
      cvc: '123',
      name: 'Ada',
    });
    expect(saved.status).toBe(200);
    expect(textOf(saved.html)).toContain('Your payment method has been updated.');
  });

  it('does not let another browser use the pages behind a used URL', async () => {
    const session = await createSession();
    const home = await harness().browser().open(session.url);
    const stranger = await harness().browser().open(home.url);
    expect(stranger.status).toBe(410);
    expect(headingOf(stranger.html)).toBe(EXPIRED);
  });

  it('does not accept one session cookie on another session', async () => {
    const browser = harness().browser();
    await browser.open((await createSession()).url);
    const visit = browser.cookies[0]?.value ?? '';
    const other = await createSession();
    const response = await fetch(`${other.url}/home`, { headers: { cookie: `portal_visit=${visit}` } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Billing overview');
  });

  it('expires by the emulator clock after sessionTtlSeconds when nobody opened it', async () => {
    const fresh = await createSession();
    const stale = await createSession();
    harness().emulator.clock.advance(119);
    expect((await harness().browser().open(fresh.url)).status).toBe(200);
    harness().emulator.clock.advance(1);
    const page = await harness().browser().open(stale.url);
    expect(page.status).toBe(410);
    expect(textOf(page.html)).toContain('stop working a few minutes after');
  });

  it('ends the visit when its own time runs out', async () => {
    const browser = harness().browser();
    const home = await browser.open((await createSession()).url);
    harness().emulator.clock.advance(VISIT_TTL_SECONDS);
    expect((await browser.open(home.url)).status).toBe(410);
  });

  it('answers an unknown token with a not-valid page, and HEAD without using the URL up', async () => {
    const unknown = await harness().browser().open(`${harness().emulator.url}/p/session/test_nope`);
    expect(unknown.status).toBe(404);
    expect(headingOf(unknown.html)).toBe('This portal link is not valid');
    const session = await createSession();
    expect((await fetch(session.url, { method: 'HEAD' })).status).toBe(200);
    expect((await harness().browser().open(session.url)).status).toBe(200);
  });
});

describe('after_expiration recovery', () => {
  it('offers a pretend "Email me a new link" on the expired page, marked as the emulator\'s choice', async () => {
    const session = await createSession({ after_expiration: { type: 'customer_login' } });
    await harness().browser().open(session.url);
    const browser = harness().browser();
    const expired = await browser.open(session.url);
    expect(textOf(expired.html)).toContain("Emulator's choice");
    const sent = await browser.submit(expired, 'Email me a new link');
    expect(sent.status).toBe(200);
    expect(headingOf(sent.html)).toBe('Check your email');
    expect(textOf(sent.html)).toContain('a**@example.com');
    expect(textOf(sent.html)).toContain('no email was sent');
    expect(sent.html).toContain(`href="${APP_RETURN_URL}"`);
  });

  it('is not offered without after_expiration, nor after its deadline', async () => {
    const plain = await createSession();
    harness().emulator.clock.advance(120);
    expect((await harness().browser().open(plain.url)).html).not.toContain('Email me a new link');

    const deadline = harness().emulator.clock.now() + 600;
    const limited = await createSession({
      after_expiration: { type: 'customer_login', customer_login: { expires_at: deadline } },
    });
    harness().emulator.clock.advance(600);
    const page = await harness().browser().open(limited.url);
    expect(page.status).toBe(410);
    expect(page.html).not.toContain('Email me a new link');
    const forced = await fetch(`${limited.url}/recover`, { method: 'POST' });
    expect(forced.status).toBe(410);
  });
});
