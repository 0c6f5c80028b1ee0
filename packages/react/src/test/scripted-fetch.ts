/** One request the scripted fetch received, waiting for the test to answer it. */
export interface ScriptedRequest {
  url: string;
  init: RequestInit;
  headers: Headers;
  /** The JSON body, parsed. */
  body: unknown;
  /** Answers with this status and JSON body. */
  respond: (status: number, body?: unknown, headers?: Record<string, string>) => void;
  /** Fails the way `fetch` does when the network is down. */
  fail: () => void;
}

/**
 * A `fetch` for the provider: the network edge. Each request waits until the test answers it, so a test
 * can look at the pending state first; `autoRespond` answers every request at once instead.
 */
export function createScriptedFetch() {
  const requests: ScriptedRequest[] = [];
  const waiters: Array<() => void> = [];
  let next = 0;
  let auto: ((request: ScriptedRequest) => void) | undefined;

  const fetch = (input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const request: ScriptedRequest = {
        url: String(input),
        init,
        headers: new Headers(init.headers),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
        respond: (status, body, headers) =>
          resolve(
            new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
              status,
              headers: { 'content-type': 'application/json', ...headers },
            }),
          ),
        fail: () => reject(new TypeError('Failed to fetch')),
      };
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      requests.push(request);
      for (const wake of waiters.splice(0)) wake();
      auto?.(request);
    });

  return {
    fetch: fetch as typeof globalThis.fetch,
    requests,
    /** The next request not yet taken, once it has been made. */
    async next(): Promise<ScriptedRequest> {
      while (requests.length <= next) await new Promise<void>((wake) => waiters.push(wake));
      return requests[next++]!;
    },
    /** Answers every request, now and later, with this status and body. */
    autoRespond(status: number, body?: unknown, headers?: Record<string, string>) {
      auto = (request) => request.respond(status, body, headers);
      requests.slice(next).forEach(auto);
    },
  };
}

export type ScriptedFetch = ReturnType<typeof createScriptedFetch>;

/** A session URL shaped like Stripe's; the suite-wide guard fails any test that prints one. */
export const SESSION_URL = 'https://billing.stripe.com/p/session/test_react_kit';
