import type { MiddlewareHandler } from 'hono';
import type { EmulatorClock } from '../clock';
import type { ApiEnv } from './api-env';
import { errorResponse } from './respond';
import { StripeApiError } from './stripe-error';
import type { FormObject } from './parse-form';

interface Saved {
  fingerprint: string;
  createdAt: number;
  requestId: string;
  response: { status: number; body: string; headers: [string, string][] } | null;
}

const MAX_KEY_LENGTH = 255;
// Stripe prunes keys once they are at least 24 hours old (https://docs.stripe.com/idempotency).
const KEY_TTL_SECONDS = 24 * 60 * 60;

/**
 * `Idempotency-Key` on POST, as https://docs.stripe.com/idempotency documents it: the first response after the
 * endpoint starts work is saved and replayed for the same key and parameters (errors included);
 * other parameters get a 400 `idempotency_error`; a request still running gets a 409. Errors found
 * while checking parameters are not saved, so a corrected retry runs.
 */
export function idempotency(clock: EmulatorClock): { middleware: MiddlewareHandler<ApiEnv>; clear(): void } {
  const saved = new Map<string, Saved>();
  const middleware: MiddlewareHandler<ApiEnv> = async (c, next) => {
    const key = c.get('idempotencyKey');
    if (c.req.method !== 'POST' || key === null) return next();
    if (key.length > MAX_KEY_LENGTH) {
      return errorResponse(
        new StripeApiError(`Invalid Idempotency-Key: must be at most ${MAX_KEY_LENGTH} characters.`, {
          type: 'idempotency_error',
        }),
      );
    }
    const fingerprint = `${c.req.method} ${c.req.path} ${canonical(c.get('form'))}`;
    const now = clock.now();
    const existing = saved.get(key);
    if (existing && now - existing.createdAt < KEY_TTL_SECONDS) {
      if (existing.fingerprint !== fingerprint) {
        return errorResponse(
          new StripeApiError(
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            { type: 'idempotency_error' },
          ),
        );
      }
      if (!existing.response) {
        return errorResponse(
          new StripeApiError(
            `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
            { type: 'idempotency_error', status: 409 },
          ),
        );
      }
      const headers = new Headers(existing.response.headers);
      headers.set('idempotent-replayed', 'true');
      headers.set('original-request', existing.requestId);
      headers.set('request-id', c.get('requestId'));
      return new Response(existing.response.body, { status: existing.response.status, headers });
    }
    const entry: Saved = { fingerprint, createdAt: now, requestId: c.get('requestId'), response: null };
    saved.set(key, entry);
    await next();
    if (c.error instanceof StripeApiError && c.error.beforeExecution) {
      saved.delete(key);
      return;
    }
    entry.response = { status: c.res.status, body: await c.res.clone().text(), headers: [...c.res.headers] };
  };
  return { middleware, clear: () => saved.clear() };
}

// Same parameters in any order give the same fingerprint.
function canonical(form: FormObject): string {
  return JSON.stringify(form, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}
