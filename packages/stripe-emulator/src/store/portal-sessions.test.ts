import { describe, expect, it } from 'vitest';
import { createStripeEmulator, type StripeEmulator } from '../create-stripe-emulator';
import type { StripeEmulatorOptions } from '../options';
import { DEMO_IDS } from '../seed/demo';
import { VISIT_TTL_SECONDS } from './portal-sessions';

// No listen(): the emulator is driven through fetch, and session URLs take the request's origin, a host
// it answers only because it is told to. The clock is frozen: these tests move time in exact steps.
function emulatorFor(options: StripeEmulatorOptions = {}): StripeEmulator {
  return createStripeEmulator({ clock: 'frozen', allowedHosts: ['emulator.test'], ...options });
}

async function newSession(emulator: StripeEmulator): Promise<{ url: string; token: string }> {
  const response = await emulator.fetch(
    new Request('http://emulator.test/v1/billing_portal/sessions', {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ customer: DEMO_IDS.customers.active, return_url: 'http://localhost:3000/account' }),
    }),
  );
  expect(response.status).toBe(200);
  const { url } = (await response.json()) as { url: string };
  return { url, token: url.split('/p/session/')[1] as string };
}

describe('portal sessions', () => {
  it('work through fetch alone, with URLs on the request’s origin', async () => {
    const emulator = emulatorFor();
    const { url } = await newSession(emulator);
    expect(url).toMatch(/^http:\/\/emulator\.test\/p\/session\/test_/);
  });

  it('use publicUrl for session URLs when given', async () => {
    const emulator = emulatorFor({ publicUrl: 'https://billing.local.test/' });
    expect((await newSession(emulator)).url).toMatch(/^https:\/\/billing\.local\.test\/p\/session\/test_/);
    expect(emulator.url).toBe('https://billing.local.test');
  });

  it('open once: the first visit starts a visit, any later one is refused as used', async () => {
    const emulator = emulatorFor();
    const { token } = await newSession(emulator);
    const first = emulator.sessions.consumeSession(token);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.record.session.customer).toBe(DEMO_IDS.customers.active);
    expect(emulator.sessions.consumeSession(token)).toMatchObject({ ok: false, reason: 'used' });
    expect(emulator.sessions.getVisit(first.visitToken)).toMatchObject({ ok: true });
  });

  it('expire after sessionTtlSeconds of emulator time when unvisited', async () => {
    const emulator = emulatorFor({ sessionTtlSeconds: 60 });
    const fresh = await newSession(emulator);
    const stale = await newSession(emulator);
    emulator.clock.advance(59);
    expect(emulator.sessions.consumeSession(fresh.token).ok).toBe(true);
    emulator.clock.advance(1);
    const refused = emulator.sessions.consumeSession(stale.token);
    expect(refused).toMatchObject({ ok: false, reason: 'expired' });
    // The record comes along so the expired page can offer the return link.
    expect(!refused.ok && refused.record?.session.return_url).toBe('http://localhost:3000/account');
  });

  it('default to five minutes', async () => {
    const emulator = emulatorFor();
    const { token } = await newSession(emulator);
    emulator.clock.advance(300);
    expect(emulator.sessions.consumeSession(token)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('end a visit after VISIT_TTL_SECONDS', async () => {
    const emulator = emulatorFor();
    const { token } = await newSession(emulator);
    const opened = emulator.sessions.consumeSession(token);
    if (!opened.ok) throw new Error('expected the session to open');
    emulator.clock.advance(VISIT_TTL_SECONDS);
    expect(emulator.sessions.getVisit(opened.visitToken)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuse unknown tokens and visits, and forget everything on reset', async () => {
    const emulator = emulatorFor();
    expect(emulator.sessions.consumeSession('test_made_up')).toEqual({ ok: false, reason: 'unknown' });
    expect(emulator.sessions.getVisit('visit_made_up')).toEqual({ ok: false, reason: 'unknown' });
    const { token } = await newSession(emulator);
    const opened = emulator.sessions.consumeSession(token);
    emulator.reset();
    expect(emulator.sessions.consumeSession(token)).toEqual({ ok: false, reason: 'unknown' });
    if (opened.ok) expect(emulator.sessions.getVisit(opened.visitToken)).toEqual({ ok: false, reason: 'unknown' });
  });
});
