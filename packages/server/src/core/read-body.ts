import { BillingError, REQUEST_LIMITS } from '@portalkit/protocol';
import type { BodyFormat } from './body-format';
import { readStreamAtMost } from './read-stream-at-most';

const TOO_LARGE_MESSAGE = `The body is larger than ${REQUEST_LIMITS.maxBodyBytes} bytes; a portal request never needs that much.`;
const MEDIA_TYPE_MESSAGE = 'Send the body as application/json or application/x-www-form-urlencoded, in UTF-8.';
const DECIMAL = /^\d+$/;

// Stateless between calls: `decode()` without `{ stream: true }` starts afresh every time.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the body as UTF-8 text, at most `REQUEST_LIMITS.maxBodyBytes` of it. A declared length over
 * the limit is refused without reading at all; a body without a declared length (chunked) is read as
 * a stream and refused as soon as it passes the limit, so it costs us no more than the limit.
 */
export async function readBody(request: Request, format: BodyFormat): Promise<string> {
  if (format === 'unsupported') throw new BillingError('UNSUPPORTED_MEDIA_TYPE', MEDIA_TYPE_MESSAGE);
  const encoding = request.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') {
    throw new BillingError('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed (no Content-Encoding).');
  }
  const contentLength = request.headers.get('content-length');
  const declared = Number(contentLength ?? 0);
  if (declared > REQUEST_LIMITS.maxBodyBytes) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  if (request.bodyUsed) {
    // Typically a framework's body parser (e.g. express.json()) ran before the handler.
    throw new BillingError('SERVER_MISCONFIGURED', 'The request body was already read before the portal handler got it.');
  }
  const bytes =
    contentLength !== null && DECIMAL.test(contentLength) && !request.headers.has('transfer-encoding')
      ? await readDeclared(request)
      : await readStreamAtMost(request.body, REQUEST_LIMITS.maxBodyBytes);
  if (bytes === null) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  // No Content-Type is fine only without a body: `fetch(url, { method: 'POST' })` asks for the homepage.
  if (format === 'none' && bytes.byteLength > 0) throw new BillingError('UNSUPPORTED_MEDIA_TYPE', MEDIA_TYPE_MESSAGE);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new BillingError('INVALID_REQUEST', 'The body is not valid UTF-8.');
  }
}

/*
 * A body whose declared length is within the limit, read in one go. This is what keeps the handler as
 * cheap as a bare route on Node: `@hono/node-server`'s `Request` answers `arrayBuffer()` straight from
 * the `IncomingMessage`, while touching `request.body` builds a web stream and a full platform
 * `Request` for every request.
 *
 * Safe because HTTP servers enforce the declared length: Node's parser (and Bun's, Deno's, workerd's)
 * ends the body after `Content-Length` bytes, and refuses a request that also says
 * `Transfer-Encoding`, which is why such a request takes the streaming path here anyway. The length
 * is checked again after reading, for a `Request` built in the app's own code with a header that does
 * not match an in-memory body. Only a `Request` the app builds itself with a false `Content-Length`
 * over an unbounded stream would be read past the limit; no server hands out such a request.
 */
async function readDeclared(request: Request): Promise<Uint8Array> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > REQUEST_LIMITS.maxBodyBytes) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  return bytes;
}
