import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env';

/**
 * Which `Host` names the emulator answers. Its API key is well known (`sk_test_emulator` by default),
 * so a page on any site could rebind its own DNS name to 127.0.0.1 and call the emulator with it, as
 * a same-origin request, unless the emulator refuses host names that are not its own.
 */
export interface HostCheck {
  /** Whether a request for `host` (a `Host` header: name, optional port) is answered. */
  allows(host: string): boolean;
}

/** What the emulator counts as its own host names. */
export interface HostCheckOptions {
  /** Extra host names (no port), e.g. the name a proxy forwards; `true` answers any host. */
  allowedHosts?: readonly string[] | true | undefined;
  /** Host names of the URLs the emulator is reached at (its `publicUrl`, the address it listens on). */
  ownUrls: () => readonly (string | undefined)[];
}

/**
 * The host check: loopback names (`localhost`, `127.0.0.0/8`, `[::1]`), the host of each of the
 * emulator's own URLs, and the `allowedHosts` given. Comparison ignores the port and letter case.
 *
 * @example
 * createHostCheck({ ownUrls: () => ['https://billing.test'] }).allows('billing.test:443'); // true
 */
export function createHostCheck(options: HostCheckOptions): HostCheck {
  if (options.allowedHosts === true) return { allows: () => true };
  const extra = new Set((options.allowedHosts ?? []).map((name) => name.toLowerCase()));
  return {
    allows(host) {
      const name = hostName(host);
      if (name === null) return false;
      if (isLoopback(name) || extra.has(name)) return true;
      return options
        .ownUrls()
        .some((url) => url !== undefined && URL.canParse(url) && new URL(url).hostname.toLowerCase() === name);
    },
  };
}

/**
 * Answers `421 Misdirected Request` to a request for a host the emulator does not own, before the API
 * key is looked at and before any portal page is rendered.
 */
export function hostGate(check: HostCheck): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    // Behind @hono/node-server the URL's host is the request's Host header; for fetch() callers it is
    // the URL they asked for.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (check.allows(host)) return next();
    const message = `This Stripe emulator does not answer for the host ${JSON.stringify(host.slice(0, 100))}. It answers loopback names and its publicUrl; behind a proxy or on another name, pass allowedHosts (CLI: --allowed-host).`;
    if (c.req.path.startsWith('/v1/')) {
      return c.json({ error: { type: 'invalid_request_error', code: 'host_not_allowed', message } }, 421);
    }
    return c.text(message, 421);
  };
}

/** The lower-case host name of a `Host` value (`[::1]` keeps its brackets), or null if it is not one. */
function hostName(host: string): string | null {
  const trimmed = host.trim();
  if (trimmed === '' || !URL.canParse(`http://${trimmed}`)) return null;
  const url = new URL(`http://${trimmed}`);
  // Userinfo or a path in a Host header is not a host name.
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
  return url.hostname.toLowerCase();
}

function isLoopback(name: string): boolean {
  // WHATWG URL parsing has already turned `127.1`, `0x7f.0.0.1` and friends into dotted quads.
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
