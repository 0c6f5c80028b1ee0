import { wallSeconds } from '../clock';
import type { WebhookAttempt } from './delivery-types';
import { signPayload } from './sign';

/**
 * One signed POST of `body` to `endpoint`, recorded at emulator time `at`. The signature carries the
 * machine's wall time instead, as Stripe's do even for test-clock objects (test clocks move the
 * objects' time: https://docs.stripe.com/billing/testing/test-clocks): receivers compare `t=` with
 * their own clock (stripe-node `src/Webhooks.ts`, 300 s tolerance), so emulator time there would go
 * stale as soon as the clock is moved or left running. Never throws: a connection error, a timeout or a non-2xx status comes
 * back as the attempt's `error`.
 */
export async function tryOnce(
  endpoint: string,
  body: string,
  secret: string,
  at: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<WebhookAttempt> {
  const signedAt = wallSeconds();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': signPayload(body, secret, signedAt),
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    // The body is not needed, but reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { at, signedAt, status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { at, signedAt, status: null, error: cause };
  }
}

/** Resolves after `ms`, or at once when `signal` aborts (so close() and reset() do not wait). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
