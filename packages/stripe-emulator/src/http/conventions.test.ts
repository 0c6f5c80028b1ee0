import { describe, expect, it } from 'vitest';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator();

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${running().port}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${running().emulator.apiKey}`, ...init.headers },
  });

describe('authentication', () => {
  it('answers 401 with Stripe’s message when the key is missing', async () => {
    const response = await fetch(`http://127.0.0.1:${running().port}/v1/customers`);
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toMatch(/^You did not provide an API key/);
  });

  it('answers 401 for a wrong key, showing only its ends (StripeAuthenticationError in the SDK)', async () => {
    const error = await rejectionOf(running().clientWithKey('sk_test_not_the_right_key_9876').customers.list());
    expect(error.type).toBe('StripeAuthenticationError');
    expect(error.statusCode).toBe(401);
    expect(error.message).toMatch(/^Invalid API Key provided: sk_test_\*+9876$/);
    expect(error.message).not.toContain('not_the_right');
  });

  it('accepts HTTP Basic with the key as user name, as curl -u sends it', async () => {
    const basic = Buffer.from(`${running().emulator.apiKey}:`).toString('base64');
    const response = await raw('/v1/customers?limit=1', { headers: { authorization: `Basic ${basic}` } });
    expect(response.status).toBe(200);
  });
});

describe('headers and unknown URLs', () => {
  it('sends a request-id on every response, which the SDK puts on errors', async () => {
    const ok = await raw('/v1/customers?limit=1');
    expect(ok.headers.get('request-id')).toMatch(/^req_[A-Za-z0-9]{14}$/);
    const error = await rejectionOf(running().stripe.customers.retrieve('cus_missing'));
    expect(error.requestId).toMatch(/^req_/);
  });

  it('accepts and echoes Stripe-Version, and refuses a malformed one', async () => {
    const response = await raw('/v1/customers?limit=1', { headers: { 'stripe-version': '2026-10-28.endive' } });
    expect(response.headers.get('stripe-version')).toBe('2026-10-28.endive');
    const bad = await raw('/v1/customers', { headers: { 'stripe-version': 'latest-please' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe('Invalid Stripe API version: latest-please');
  });

  it('answers an unknown /v1 URL with Stripe’s 404', async () => {
    const response = await raw('/v1/nothing_here');
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toMatch(/^Unrecognized request URL \(GET: \/v1\/nothing_here\)/);
  });

  it('refuses a JSON body: v1 takes form bodies', async () => {
    const response = await raw('/v1/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"a@b.test"}',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/application\/x-www-form-urlencoded/);
  });
});

describe('idempotency', () => {
  it('replays the saved response for the same key and parameters', async () => {
    const first = await running().stripe.customers.create({ email: 'idem@example.com' }, { idempotencyKey: 'key-replay' });
    const again = await running().stripe.customers.create({ email: 'idem@example.com' }, { idempotencyKey: 'key-replay' });
    expect(again.id).toBe(first.id);
    expect(
      running()
        .emulator.store.customers.list()
        .filter((c) => c.email === 'idem@example.com'),
    ).toHaveLength(1);
    const replay = await raw('/v1/customers', {
      method: 'POST',
      headers: { 'idempotency-key': 'key-replay', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=idem%40example.com',
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuses the same key with other parameters (StripeIdempotencyError)', async () => {
    await running().stripe.customers.create({ email: 'one@example.com' }, { idempotencyKey: 'key-mismatch' });
    const error = await rejectionOf(
      running().stripe.customers.create({ email: 'two@example.com' }, { idempotencyKey: 'key-mismatch' }),
    );
    expect(error.type).toBe('StripeIdempotencyError');
    expect(error.rawType).toBe('idempotency_error');
    expect(error.message).toMatch(/can only be used with the same parameters/);
  });

  it('replays saved errors too, but not validation errors, so a corrected retry runs', async () => {
    const missing = await rejectionOf(
      running().stripe.customers.update('cus_gone', { name: 'x' }, { idempotencyKey: 'key-error' }),
    );
    const replayed = await rejectionOf(
      running().stripe.customers.update('cus_gone', { name: 'x' }, { idempotencyKey: 'key-error' }),
    );
    expect(replayed.message).toBe(missing.message);
    const invalid = await rejectionOf(
      running().stripe.customers.create({ email: 'x'.repeat(513) }, { idempotencyKey: 'key-fixed' }),
    );
    expect(invalid.param).toBe('email');
    const fixed = await running().stripe.customers.create({ email: 'fixed@example.com' }, { idempotencyKey: 'key-fixed' });
    expect(fixed.email).toBe('fixed@example.com');
  });

  it('forgets keys after 24 hours of emulator time', async () => {
    await running().stripe.customers.create({ email: 'old@example.com' }, { idempotencyKey: 'key-old' });
    running().emulator.clock.advance(24 * 60 * 60);
    const other = await running().stripe.customers.create({ email: 'new@example.com' }, { idempotencyKey: 'key-old' });
    expect(other.email).toBe('new@example.com');
  });
});

describe('portal page requests', () => {
  it('get a request-id too, even on redirects', async () => {
    const emulator = running().emulator;
    const session = await running().stripe.billingPortal.sessions.create({
      customer: 'cus_demo_active',
      return_url: 'http://localhost:3000/account',
    });
    const response = await emulator.fetch(new Request(session.url, { redirect: 'manual' }));
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
  });
});
