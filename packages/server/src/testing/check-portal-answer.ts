import { ERROR_CODES, isBillingErrorCode } from '@portalkit/protocol';
import type Stripe from 'stripe';
import { SESSION_TOKEN_MARK, STUB_SUBSCRIPTIONS } from './recording-stripe';

type SessionParams = Stripe.BillingPortal.SessionCreateParams;

/** Everything one request to the handler led to: the answer, and what reached Stripe and the log. */
export interface PortalAnswer {
  status: number;
  headers: Headers;
  body: string;
  /** `sessions.create` calls made while answering this request. */
  sessions: SessionParams[];
  /** Session URLs the stub handed out while answering. */
  sessionUrls: string[];
  /** Log lines written while answering. */
  logLines: string[];
  /** Who `getCustomerId` said is signed in. */
  customer: string | null;
  /** The request's `Origin` and `Sec-Fetch-Site` headers, as the handler read them. */
  origin: string | null;
  fetchSite: string | null;
  /** Origins that may post to the handler. */
  postOrigins: ReadonlySet<string>;
  /** Origins a return URL may point at. */
  returnOrigins: ReadonlySet<string>;
}

const WINDOW = 8;

/*
 * A session URL, or enough of its token to matter, in a log line: the URL's path (the scrubber replaces
 * all of it), or any 8 characters in a row of a token, so a scrubber that redacts too little is caught too.
 */
function leaksSession(line: string, sessionUrls: readonly string[]): boolean {
  if (line.includes('/p/session/') || line.includes(SESSION_TOKEN_MARK)) return true;
  return sessionUrls.some((url) => {
    const token = url.slice(url.lastIndexOf('/') + 1);
    for (let start = 0; start + WINDOW <= token.length; start++)
      if (line.includes(token.slice(start, start + WINDOW))) return true;
    return false;
  });
}

/**
 * What is wrong with an answer of the portal handler, as sentences; empty when it is right. These are
 * the promises that hold for every request, whatever it holds: no 5xx while Stripe works, our error
 * shape with the status the protocol gives its code, `no-store`, a session only for an accepted request
 * from an allowed origin (never a cross-site one), only for the signed-in customer and their subscriptions, returning only to an allowed origin on a path
 * that cannot turn into another host, and no session URL in the log.
 *
 * @example
 * expect(portalAnswerProblems(answer)).toEqual([]);
 */
export function portalAnswerProblems(answer: PortalAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status} while Stripe works`);
  if (answer.headers.get('cache-control') !== 'no-store')
    problems.push(`Cache-Control is ${answer.headers.get('cache-control')}`);
  const succeeded = answer.status === 200 || answer.status === 303;
  if (succeeded) problems.push(...successProblems(answer));
  else {
    problems.push(...errorShapeProblems(answer));
    if (answer.sessions.length > 0)
      problems.push(`a refused request (${answer.status}) created ${answer.sessions.length} session(s)`);
  }
  if (answer.sessions.length > 0 && isCrossSite(answer)) {
    problems.push(
      `a session for a cross-site request (Origin ${String(answer.origin)}, Sec-Fetch-Site ${String(answer.fetchSite)})`,
    );
  }
  for (const params of answer.sessions) problems.push(...sessionProblems(params, answer));
  for (const line of answer.logLines) {
    if (leaksSession(line, answer.sessionUrls)) {
      problems.push(`a log line holds a session URL: ${line.slice(0, 300)}`);
    }
  }
  return problems;
}

/** What a browser marks as another site's request: an Origin not allowed, or `Sec-Fetch-Site` saying so. */
function isCrossSite({ origin, fetchSite, postOrigins }: PortalAnswer): boolean {
  const site = fetchSite?.toLowerCase();
  return (origin !== null && !postOrigins.has(origin)) || site === 'cross-site' || (site === 'same-site' && origin === null);
}

function successProblems({ status, headers, body, sessions, sessionUrls }: PortalAnswer): string[] {
  if (sessions.length !== 1) return [`answered ${status} after ${sessions.length} sessions`];
  const url = status === 303 ? headers.get('location') : (JSON.parse(body) as { url?: unknown }).url;
  return url === sessionUrls[0] ? [] : [`answered ${status} with ${String(url)}, not the session's URL`];
}

function errorShapeProblems({ status, headers, body }: PortalAnswer): string[] {
  const type = headers.get('content-type') ?? '';
  let code: unknown;
  if (type.startsWith('text/html')) {
    code = /Error code: ([A-Z_]+)/.exec(body)?.[1];
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`answered ${status} with a body that is not JSON: ${body.slice(0, 200)}`];
    }
    const error = (parsed as { error?: Record<string, unknown> } | null)?.error;
    const keys = parsed && typeof parsed === 'object' ? Object.keys(parsed) : [];
    if (!error || typeof error !== 'object' || keys.length !== 1) return [`answered ${status} with ${body.slice(0, 200)}`];
    const extra = Object.keys(error).filter((key) => !['code', 'message', 'param'].includes(key));
    if (extra.length > 0) return [`the error has fields beyond code, message and param: ${extra.join(', ')}`];
    if (typeof error.message !== 'string' || error.message === '') return [`the error's message is ${String(error.message)}`];
    if (error.param !== undefined && typeof error.param !== 'string') return [`the error's param is ${String(error.param)}`];
    code = error.code;
  }
  if (!isBillingErrorCode(code)) return [`answered ${status} with an unknown code ${String(code)}`];
  return ERROR_CODES[code].status === status
    ? []
    : [`answered ${status} for ${code}, whose status is ${ERROR_CODES[code].status}`];
}

function sessionProblems(params: SessionParams, { customer, returnOrigins }: PortalAnswer): string[] {
  const problems: string[] = [];
  if (params.customer !== customer)
    problems.push(`a session for ${String(params.customer)} while ${String(customer)} is signed in`);
  problems.push(...returnUrlProblems('return_url', params.return_url, returnOrigins));
  const redirect = params.flow_data?.after_completion?.redirect;
  if (redirect)
    problems.push(...returnUrlProblems('flow_data.after_completion.redirect.return_url', redirect.return_url, returnOrigins));
  const flow = params.flow_data;
  const subscription =
    flow?.subscription_cancel?.subscription ??
    flow?.subscription_update?.subscription ??
    flow?.subscription_pause?.subscription ??
    flow?.subscription_update_confirm?.subscription;
  if (subscription !== undefined) {
    const known = Object.hasOwn(STUB_SUBSCRIPTIONS, subscription) ? STUB_SUBSCRIPTIONS[subscription] : undefined;
    if (known?.customer !== customer) problems.push(`a session on ${subscription}, which is not ${String(customer)}'s`);
    for (const item of flow?.subscription_update_confirm?.items ?? []) {
      if (!known?.items.includes(item.id)) problems.push(`a session on item ${item.id}, which is not on ${subscription}`);
    }
  }
  return problems;
}

function returnUrlProblems(name: string, value: unknown, returnOrigins: ReadonlySet<string>): string[] {
  if (typeof value !== 'string') return [`${name} is ${String(value)}`];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`${name} does not parse: ${value.slice(0, 200)}`];
  }
  const problems: string[] = [];
  if (!returnOrigins.has(url.origin)) problems.push(`${name} leaves the allowed origins: ${value.slice(0, 200)}`);
  if (url.pathname.startsWith('//')) problems.push(`${name} has a path starting with //: ${value.slice(0, 200)}`);
  return problems;
}
