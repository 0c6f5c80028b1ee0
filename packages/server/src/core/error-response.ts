import { BillingError } from '@portalkit/protocol';
import { renderErrorPage } from './error-page';

/** How to answer: JSON for `fetch`, an HTML page for a browser's own form post. */
export interface ErrorAnswerOptions {
  html: boolean;
  /** Where the HTML page's "back" link goes: the default return URL. */
  backUrl: string;
}

/**
 * The one way a {@link BillingError} becomes a `Response`: its status, `{ error: { code, message, param? } }`
 * (or a small HTML page for a browser form post), `Retry-After` when retrying can help, and
 * `Cache-Control: no-store` like every answer of the handler.
 */
export function errorResponse(error: BillingError, { html, backUrl }: ErrorAnswerOptions): Response {
  const headers = new Headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  if (error.retryAfter !== undefined) headers.set('retry-after', String(error.retryAfter));
  if (error.code === 'METHOD_NOT_ALLOWED') headers.set('allow', 'POST');
  if (html) {
    headers.set('content-type', 'text/html; charset=utf-8');
    // The page has no scripts, styles or images; say so, in case a proxy or an extension adds some.
    headers.set('content-security-policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    return new Response(renderErrorPage(error.code, backUrl), { status: error.status, headers });
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(error.toJSON()), { status: error.status, headers });
}

/**
 * The answer of a handler whose options, given as a function, failed to build (the reason was logged
 * when they failed): 500 `SERVER_MISCONFIGURED`, with nowhere better than `/` to send a browser back to.
 *
 * @example
 * if (resolved === undefined) return notSetUpResponse('The portal handler', prefersHtml(request, format));
 */
export function notSetUpResponse(handlerName: string, html: boolean): Response {
  const error = new BillingError('SERVER_MISCONFIGURED', `${handlerName} is not set up; the server log says why.`);
  return errorResponse(error, { html, backUrl: '/' });
}
