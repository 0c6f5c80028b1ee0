import { BillingError, isBillingError, parsePortalResponse } from '@portalkit/protocol';

/**
 * Headers to send with the request: an object, or a function called before every request (for CSRF tokens).
 *
 * @example
 * const headers: BillingHeaders = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name=csrf]')!.content });
 */
export type BillingHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * How to reach one of the app's billing endpoints (portal or Checkout); shared by the clients, the hooks
 * and the provider.
 *
 * @example
 * const client: BillingClientOptions = { endpoint: '/billing/portal', headers: { 'X-Requested-With': 'fetch' } };
 */
export interface BillingClientOptions {
  /**
   * The URL of the app's handler (`createPortalHandler` or `createCheckoutHandler` on the server).
   * @defaultValue `'/api/billing/portal'` for the portal, `'/api/billing/checkout'` for Checkout
   */
  endpoint?: string | undefined;
  /** Extra request headers, or a function that returns them per request (e.g. a CSRF token). */
  headers?: BillingHeaders | undefined;
  /**
   * The `fetch` to use: a wrapper that adds credentials, or a scripted one in tests and stories.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: typeof globalThis.fetch | undefined;
}

/**
 * Options for {@link createPortalSession} and {@link createCheckoutSession}.
 *
 * @example
 * await createCheckoutSession({ plan: 'pro_monthly' }, { signal: AbortSignal.timeout(10_000) });
 */
export interface CreateSessionOptions extends BillingClientOptions {
  /** Aborts the request; an aborted request fails with `NETWORK_ERROR`. */
  signal?: AbortSignal | undefined;
}

/**
 * Posts `input` as JSON to a session endpoint and returns the session's URL: the one implementation
 * behind the portal and Checkout clients. Every failure is a {@link BillingError}. @internal
 */
export async function requestSession(
  defaultEndpoint: string,
  input: object,
  { endpoint = defaultEndpoint, headers, fetch = globalThis.fetch, signal }: CreateSessionOptions = {},
): Promise<{ url: string }> {
  let response: Response;
  try {
    const requestHeaders = await resolveHeaders(headers);
    // Ours win over the app's: the handler answers JSON only to a JSON request (a form post gets a 303).
    requestHeaders.set('Content-Type', 'application/json');
    requestHeaders.set('Accept', 'application/json');
    response = await fetch(endpoint, {
      method: 'POST',
      // The server finds the customer from its own session cookie; never send it cross-origin.
      credentials: 'same-origin',
      headers: requestHeaders,
      body: JSON.stringify(input),
      signal,
    });
  } catch (cause) {
    throw toBillingError(cause, signal?.aborted ? `The request to ${endpoint} was aborted.` : `Could not reach ${endpoint}.`);
  }
  return parsePortalResponse(response.status, await response.json().catch(() => null), response.headers.get('Retry-After'));
}

/**
 * Keeps a {@link BillingError} as it is and wraps anything else as `NETWORK_ERROR`, with the original as `cause`.
 * @internal
 */
export function toBillingError(cause: unknown, message = 'The billing request failed.'): BillingError {
  return isBillingError(cause) ? cause : new BillingError('NETWORK_ERROR', message, { cause });
}

/**
 * The app's extra headers for one request: the object as given, or what its function returns now.
 * @internal
 */
export async function resolveHeaders(headers: BillingHeaders | undefined): Promise<Headers> {
  return new Headers(typeof headers === 'function' ? await headers() : headers);
}
