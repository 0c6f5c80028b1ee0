import { BillingError } from './billing-error';
import { isBillingErrorCode } from './error-codes';
import type { PortalSessionResponse } from './wire';

/**
 * Turns a portal or Checkout handler's answer (status and parsed JSON) into the session URL, or throws the
 * {@link BillingError} it describes. Anything that is not our contract becomes `NETWORK_ERROR`,
 * so a proxy's HTML error page never reaches the user as a message.
 *
 * @example
 * const url = parsePortalResponse(response.status, await response.json().catch(() => null)).url;
 */
export function parsePortalResponse(status: number, body: unknown, retryAfterHeader?: string | null): PortalSessionResponse {
  // `Object()` turns null and primitives into objects without fields, so reading a field never throws.
  const { url } = Object(body) as Record<string, unknown>;
  if (isOk(status) && isHttpUrl(url)) return { url };
  throw errorFromResponse(status, body, retryAfterHeader, 'a session URL');
}

/**
 * The {@link BillingError} a handler's answer describes: its error body as sent for a failure, and
 * `NETWORK_ERROR` for anything that is not our contract (a success without `expected`, a proxy's page).
 *
 * @example
 * if (!isValid(body)) throw errorFromResponse(response.status, body, response.headers.get('Retry-After'), 'a billing state');
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  retryAfterHeader: string | null | undefined,
  expected: string,
): BillingError {
  if (!isOk(status)) {
    const { code, message, param } = Object(Object(body).error) as Record<string, unknown>;
    if (isBillingErrorCode(code) && typeof message === 'string') {
      return new BillingError(code, message, {
        param: typeof param === 'string' ? param : undefined,
        retryAfter: parseRetryAfter(retryAfterHeader),
      });
    }
  }
  return new BillingError('NETWORK_ERROR', `The server answered ${status} without ${isOk(status) ? expected : 'an error body'}.`);
}

/** A 2xx status. @internal */
export function isOk(status: number): boolean {
  return status >= 200 && status < 300;
}

// Whole seconds only; the HTTP-date form is not worth parsing for a hint.
function parseRetryAfter(header: string | null | undefined): number | undefined {
  const seconds = Number.parseInt(header ?? '', 10);
  return seconds >= 0 ? seconds : undefined;
}

// Only http(s): a `javascript:` URL from a compromised or confused server must never be navigated to.
function isHttpUrl(value: unknown): value is string {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
