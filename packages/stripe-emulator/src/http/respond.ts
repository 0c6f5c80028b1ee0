import { StripeApiError } from './stripe-error';

/**
 * A JSON response the way Stripe sends it: pretty-printed, `application/json`, and never cached.
 */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache, no-store', ...headers },
  });
}

/**
 * Turns anything thrown by a route into Stripe's error envelope. Unexpected failures become a 500
 * `api_error` (what stripe-node retries), with the cause left out of the body.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof StripeApiError) return jsonResponse(error.toJSON(), error.status);
  const hidden = new StripeApiError('An unexpected error occurred in the Stripe emulator. Its log has the details.', {
    type: 'api_error',
    status: 500,
  });
  return jsonResponse(hidden.toJSON(), 500);
}

/** Stripe's answer for a path or method it does not serve. */
export function unrecognizedUrl(method: string, path: string): Response {
  return errorResponse(
    new StripeApiError(
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      { status: 404 },
    ),
  );
}
