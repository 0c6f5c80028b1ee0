/*
 * Headers that describe the bytes on the wire rather than the content. Once a framework has decoded
 * the body and we serialise it again, the old values would lie about the new bytes.
 */
const WIRE_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding'];

const encoder = new TextEncoder();

/**
 * A copy of `request` (URL, method, headers, abort signal) with another body, for a body that a
 * framework middleware already read. The core then reads, measures and validates it as usual.
 *
 * Built from the parts rather than with `new Request(request, init)`: the Node bridge hands out a
 * lightweight `Request` that the platform constructor cannot copy unless the bridge has replaced the
 * global `Request`, which our Node adapter deliberately does not do.
 */
export function replaceBody(request: Request, body: string | ArrayBuffer | Uint8Array): Request {
  const bytes =
    typeof body === 'string' ? encoder.encode(body) : body instanceof ArrayBuffer ? new Uint8Array(body) : body;
  const headers = new Headers(request.headers);
  for (const name of WIRE_HEADERS) headers.delete(name);
  headers.set('content-length', String(bytes.byteLength));
  return new Request(request.url, {
    method: request.method,
    headers,
    body: bytes as Uint8Array<ArrayBuffer>,
    signal: request.signal,
  });
}
