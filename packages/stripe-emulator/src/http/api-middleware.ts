import type { Context, MiddlewareHandler } from 'hono';
import { createId } from '../ids';
import { API_VERSION } from '../webhooks/create-event';
import type { ApiEnv } from './api-env';
import { checkApiKey } from './auth';
import { StripeApiError } from './stripe-error';

/**
 * Gives every response a `request-id` (`req_...`, read by stripe-node into `err.requestId`) and
 * logs one line per request. Portal and Checkout page paths are logged without their token: a
 * session URL is a credential and must never reach a log.
 */
export function requestLog(log: ((line: string) => void) | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const requestId = createId('req');
    c.set('requestId', requestId);
    await next();
    setHeader(c, 'request-id', requestId);
    log?.(`${c.req.method} ${redactPath(c.req.path)} -> ${c.res.status} (${requestId})`);
  };
}

// Some responses (Response.redirect, fetched ones) have immutable headers; copy those first.
function setHeader(c: Context<ApiEnv>, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(name, value);
  }
}

/** `/p/session/<token>/...` and `/c/pay/<token>/...` with the token replaced, for logs. */
export function redactPath(path: string): string {
  return path.replace(/^\/p\/session\/[^/]+/, '/p/session/[token]').replace(/^\/c\/pay\/[^/]+/, '/c/pay/[token]');
}

/** Checks the API key and `Stripe-Version`, and echoes the version like Stripe does. */
export function apiGate(apiKey: string): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    checkApiKey(c.req.header('authorization'), apiKey);
    const version = c.req.header('stripe-version') ?? API_VERSION;
    // Any dated version is accepted and answered the same way: the emulator speaks one shape.
    if (!/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(version)) {
      throw new StripeApiError(`Invalid Stripe API version: ${version}`, { param: 'Stripe-Version', beforeExecution: true });
    }
    await next();
    setHeader(c, 'stripe-version', version);
  };
}
