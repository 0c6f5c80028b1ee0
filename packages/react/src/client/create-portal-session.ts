import {
  BillingError,
  DEFAULT_PORTAL_ENDPOINT,
  isBillingError,
  parsePortalResponse,
  type PortalSessionRequest,
  type PortalSessionResponse,
} from '@portalkit/protocol';

/**
 * Headers to send with the request: an object, or a function called before every request (for CSRF tokens).
 *
 * @example
 * const headers: PortalHeaders = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name=csrf]')!.content });
 */
export type PortalHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * How to reach the app's portal endpoint; shared by the client, the hooks and the provider.
 *
 * @example
 * const client: BillingPortalClientOptions = { endpoint: '/billing/portal', headers: { 'X-Requested-With': 'fetch' } };
 */
export interface BillingPortalClientOptions {
  /**
   * The URL of the app's portal handler (`createPortalHandler` on the server).
   * @defaultValue `'/api/billing/portal'`
   */
  endpoint?: string | undefined;
  /** Extra request headers, or a function that returns them per request (e.g. a CSRF token). */
  headers?: PortalHeaders | undefined;
  /**
   * The `fetch` to use: a wrapper that adds credentials, or a scripted one in tests and stories.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: typeof globalThis.fetch | undefined;
}

/**
 * Options for {@link createPortalSession}.
 *
 * @example
 * await createPortalSession({}, { signal: AbortSignal.timeout(10_000) });
 */
export interface CreatePortalSessionOptions extends BillingPortalClientOptions {
  /** Aborts the request; an aborted request fails with `NETWORK_ERROR`. */
  signal?: AbortSignal | undefined;
}

/**
 * Asks the app's server for a portal session and returns its single-use URL. Plain TypeScript, no React.
 *
 * Every failure is a {@link BillingError}: the server's error codes as they are, and anything that never
 * reached our contract (offline, aborted, a proxy's HTML page) as `NETWORK_ERROR`.
 * The URL is short-lived and single-use: navigate to it at once and do not keep it.
 *
 * @example
 * const { url } = await createPortalSession({ flow: 'payment_method_update' }, { endpoint: '/api/billing/portal' });
 * window.location.assign(url);
 */
export async function createPortalSession(
  input: PortalSessionRequest,
  { endpoint = DEFAULT_PORTAL_ENDPOINT, headers, fetch = globalThis.fetch, signal }: CreatePortalSessionOptions = {},
): Promise<PortalSessionResponse> {
  let response: Response;
  try {
    const requestHeaders = new Headers(typeof headers === 'function' ? await headers() : headers);
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
    throw toBillingError(cause, signal?.aborted ? 'The portal request was aborted.' : `Could not reach ${endpoint}.`);
  }
  return parsePortalResponse(response.status, await response.json().catch(() => null), response.headers.get('Retry-After'));
}

/**
 * Keeps a {@link BillingError} as it is and wraps anything else as `NETWORK_ERROR`, with the original as `cause`.
 * @internal
 */
export function toBillingError(cause: unknown, message = 'The portal request failed.'): BillingError {
  return isBillingError(cause) ? cause : new BillingError('NETWORK_ERROR', message, { cause });
}
