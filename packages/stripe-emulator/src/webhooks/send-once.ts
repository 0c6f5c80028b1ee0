import type { WebhookAttempt } from './delivery-types';
import { signPayload } from './sign';

/**
 * One signed POST of `body` to `endpoint`, signed at emulator time `at`. Never throws: a connection
 * error, a timeout or a non-2xx status comes back as the attempt's `error`.
 */
export async function tryOnce(endpoint: string, body: string, secret: string, at: number, timeoutMs: number, signal: AbortSignal): Promise<WebhookAttempt> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': signPayload(body, secret, at),
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    // The body is not needed, but reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { at, status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { at, status: null, error: cause };
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
