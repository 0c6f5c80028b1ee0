import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { connect } from 'node:net';

/*
 * Helpers for the adapter tests: real servers on port 0, real HTTP requests with fetch. Not exported
 * from any entry point.
 */

/** Starts `server` on a free loopback port and returns its base URL and a `close()` that waits for it. */
export async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** What {@link echoHandler} saw of the request. */
export interface Echo {
  method: string;
  url: string;
  contentType: string | null;
  contentLength: string | null;
  body: string;
}

/**
 * A stand-in for the portal handler that answers with what reached it, so a test can prove the
 * adapter delivered the method, URL, headers and body intact. Non-POST requests get 405 like the core.
 */
export async function echoHandler(request: Request): Promise<Response> {
  if (request.method !== 'POST') {
    return Response.json(
      { error: { code: 'METHOD_NOT_ALLOWED', message: 'POST only' } },
      { status: 405, headers: { allow: 'POST' } },
    );
  }
  const echo: Echo = {
    method: request.method,
    url: request.url,
    contentType: request.headers.get('content-type'),
    contentLength: request.headers.get('content-length'),
    body: await request.text(),
  };
  return Response.json(echo, { headers: { 'cache-control': 'no-store' } });
}

/** Posts `body` as JSON. */
export function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...init });
}

/** Posts `fields` as an HTML form would (`application/x-www-form-urlencoded`). */
export function postForm(url: string, fields: Record<string, string> | [string, string][]): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
}

/** A promise with its `resolve` and `reject`, settled by hand (Node 20 has no `Promise.withResolvers`). */
export function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Headers a browser sends with the React kit's `fetch` from a page of the app. */
export const SAME_ORIGIN = { origin: 'https://app.example.com', 'sec-fetch-site': 'same-origin' } as const;

/** A `returnTo` that makes a body larger than the handler's 8 KiB limit. */
export const OVERSIZED_RETURN_TO = `/account?${'x'.repeat(9 * 1024)}`;

/**
 * Starts a POST to `url` that declares a 1 KiB JSON body, sends a few bytes of it and, once
 * `handlerCalled` resolves, hangs up, as a client that goes away mid-upload does. Resolves once the
 * socket is closed.
 */
export async function hangUpMidBody(url: string, handlerCalled: Promise<void>): Promise<void> {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  socket.write(
    `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: ${SAME_ORIGIN.origin}\r\nSec-Fetch-Site: same-origin\r\n` +
      'Content-Type: application/json\r\nContent-Length: 1024\r\n\r\n{"flow":',
  );
  await handlerCalled;
  socket.destroy();
  await once(socket, 'close');
}

/** What an app passes as an Express parser's `verify` option to keep the original bytes as `req.rawBody`. */
export function keepRawBody(req: IncomingMessage, _res: ServerResponse, buf: Buffer): void {
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
}
