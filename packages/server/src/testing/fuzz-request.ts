import { HANDLER_URL } from './portal-test-kit';
import type { BodyEncoding, FuzzRequest } from './request-arbitraries';

function encode(text: string, encoding: BodyEncoding): Uint8Array<ArrayBuffer> {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'latin1':
      return Uint8Array.from(text, (character) => Math.min(character.charCodeAt(0), 0xff));
    case 'utf-16le':
      return new Uint8Array(Uint16Array.from(text, (character) => character.charCodeAt(0)).buffer);
  }
}

/**
 * The `Request` a {@link FuzzRequest} describes. The body goes in as bytes, so no `Content-Type` is
 * added for it (a string body would get `text/plain`), and `Content-Length` is set as described.
 *
 * @example
 * const response = await handler(toRequest(fuzz), { customer: fuzz.customer });
 */
export function toRequest(fuzz: FuzzRequest): Request {
  const headers = new Headers(fuzz.headers);
  const bytes = fuzz.body === null ? null : encode(fuzz.body.text, fuzz.encoding);
  const length = bytes?.length ?? 0;
  const declared = {
    none: undefined,
    exact: String(length),
    shorter: String(Math.max(0, length - 1)),
    longer: String(length + 5),
    huge: '100000',
    junk: `${length}abc`,
    chunked: String(length),
  }[fuzz.declaredLength];
  if (declared !== undefined) headers.set('content-length', declared);
  if (fuzz.declaredLength === 'chunked') headers.set('transfer-encoding', 'chunked');
  return new Request(HANDLER_URL, { method: fuzz.method, headers, body: bytes });
}
