import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env';
import { parseForm } from './parse-form';
import { StripeApiError } from './stripe-error';

// Far above any real request to these endpoints; protects the emulator from a runaway client.
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads the query string and, for POST, the form body (Stripe v1 takes
 * `application/x-www-form-urlencoded`), and parses both with bracket notation into `c.var.form`.
 * Also picks up `Idempotency-Key`.
 */
export const readParams: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  let text = url.search.slice(1);
  if (c.req.method === 'POST') {
    const body = await c.req.text();
    if (body.length > MAX_BODY_BYTES)
      throw new StripeApiError('Request body too large for the Stripe emulator.', { status: 413, beforeExecution: true });
    const type = c.req.header('content-type') ?? '';
    if (body.trim() !== '' && !type.startsWith('application/x-www-form-urlencoded')) {
      // Emulator's wording; v1 of Stripe's API only takes form bodies.
      throw new StripeApiError(
        `Invalid request: Stripe's v1 API takes application/x-www-form-urlencoded bodies, not ${type || 'a body without Content-Type'}.`,
        { beforeExecution: true },
      );
    }
    if (body) text = text ? `${text}&${body}` : body;
  }
  c.set('form', parseForm(text));
  c.set('idempotencyKey', c.req.header('idempotency-key') ?? null);
  await next();
};
