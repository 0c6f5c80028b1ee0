import type { ExpressRequestLike } from './express';
import { refusingBody } from './refusing-body';
import { replaceBody } from './replace-body';

const KEEP_RAW_BODY = 'verify: (req, _res, buf) => { req.rawBody = buf }';

/**
 * The request as the client sent it, for the portal handler, after whatever body parser ran first.
 *
 * Only bytes are passed on: the unread stream, a `req.rawBody` Buffer kept by a parser's `verify`
 * (which Express hands over after inflating, while the headers still say how it was encoded), or
 * the Buffer `express.raw()` leaves. What `express.json()`, `express.urlencoded()` or `express.text()`
 * parsed is not: written back, it cannot prove the original's size (whitespace, percent-encoding),
 * its encoding, or its repeated keys and fields (`JSON.parse` keeps the last, qs merges
 * `a[b]=1&a=2`, drops `__proto__[x]` and reshapes `flow[]` and sparse `items[5]`), all of which the
 * handler refuses. Such a request gets a `SERVER_MISCONFIGURED` answer that names the parser and
 * says how to fix the setup.
 */
export function bodyAsSent(request: Request, incoming: ExpressRequestLike): Request {
  // Nothing read it (no parser, none that matched the content type, or an empty body, which emits no
  // data for a parser to read): the bridge streams it through.
  if (!incoming.readableDidRead) return request;
  // The bridge reads a `rawBody` Buffer in place of the stream, with the original headers.
  if (Buffer.isBuffer(incoming.rawBody)) return request;
  if (incoming.body instanceof Uint8Array) return replaceBody(request, incoming.body);
  return replaceBody(request, refusingBody(misconfiguredMessage(incoming.body, request.headers.get('content-type'))));
}

function misconfiguredMessage(body: unknown, contentType: string | null): string {
  if (body === undefined) {
    return 'A middleware read the request body before the route of toExpressHandler() and left neither req.rawBody nor req.body. Mount toExpressHandler() before it.';
  }
  const parser = parserOf(body, contentType);
  return (
    `The request body was parsed by ${parser} before the route of toExpressHandler(), and a parsed body cannot show what the client sent ` +
    `(its size, encoding and repeated fields, or the signed bytes of a webhook). Mount toExpressHandler() before ${parser}, ` +
    `or keep the raw body with ${KEEP_RAW_BODY} in its options.`
  );
}

/** Which Express parser left `body`, from its content type and shape, to name it in the error. */
function parserOf(body: unknown, contentType: string | null): string {
  if (typeof body === 'string') return 'express.text()';
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'application/x-www-form-urlencoded') {
    return isNested(body) ? 'express.urlencoded({ extended: true })' : 'express.urlencoded()';
  }
  if (essence === 'application/json' || essence.endsWith('+json')) return 'express.json()';
  return 'the body parser for its Content-Type';
}

// Only qs's extended mode turns `items[0][id]` into nested objects; the flat mode keeps the name.
function isNested(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  return Object.values(body).some(
    (value) =>
      typeof value === 'object' && value !== null && (!Array.isArray(value) || value.some((item) => typeof item === 'object')),
  );
}
