/**
 * A copy of `request` (URL, method, headers, abort signal) with another body, for a body that a
 * framework middleware already read: either the bytes the client sent, or a {@link refusingBody} that
 * says why they are gone.
 *
 * The headers stay exactly as the client sent them, on purpose. `Content-Encoding` and
 * `Content-Length` describe what came over the wire, and the handler decides on them before it reads:
 * a gzip body is refused even though Express inflated it before the adapter saw it, and a declared
 * length over the limit is refused whatever a parser made of the body.
 *
 * Built from the parts rather than with `new Request(request, init)`: the Node bridge hands out a
 * lightweight `Request` that the platform constructor cannot copy unless the bridge has replaced the
 * global `Request`, which our Node adapter deliberately does not do.
 *
 * @example
 * const request = replaceBody(c.req.raw, new Uint8Array(await c.req.arrayBuffer()));
 */
export function replaceBody(request: Request, body: Uint8Array | ReadableStream<Uint8Array>): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body as BodyInit,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit);
}
