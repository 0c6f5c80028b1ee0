import { DEFAULT_PORTAL_ENDPOINT, type PortalSessionRequest, type PortalSessionResponse } from '@portalkit/protocol';
import { requestSession, type BillingClientOptions, type BillingHeaders, type CreateSessionOptions } from './request-session';

/**
 * Headers for the portal request: the same as {@link BillingHeaders}.
 *
 * @example
 * const headers: PortalHeaders = () => ({ 'X-CSRF-Token': readCsrfToken() });
 */
export type PortalHeaders = BillingHeaders;

/**
 * How to reach the app's portal endpoint: the same as {@link BillingClientOptions}.
 *
 * @example
 * const client: BillingPortalClientOptions = { endpoint: '/billing/portal' };
 */
export type BillingPortalClientOptions = BillingClientOptions;

/**
 * Options for {@link createPortalSession}: the same as {@link CreateSessionOptions}.
 *
 * @example
 * await createPortalSession({}, { signal: AbortSignal.timeout(10_000) });
 */
export type CreatePortalSessionOptions = CreateSessionOptions;

/**
 * Asks the app's server for a portal session (the homepage without `input`) and returns its single-use
 * URL. Plain TypeScript, no React.
 *
 * Every failure is a {@link BillingError}: the server's error codes as they are, and anything that never
 * reached our contract (offline, aborted, a proxy's HTML page) as `NETWORK_ERROR`.
 * The URL is short-lived and single-use: navigate to it at once and do not keep it.
 *
 * @example
 * const { url } = await createPortalSession({ flow: 'payment_method_update' }, { endpoint: '/api/billing/portal' });
 * window.location.assign(url);
 */
export function createPortalSession(
  input: PortalSessionRequest = {},
  options?: CreatePortalSessionOptions,
): Promise<PortalSessionResponse> {
  return requestSession(DEFAULT_PORTAL_ENDPOINT, input, options);
}
