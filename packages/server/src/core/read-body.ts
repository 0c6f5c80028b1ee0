import { BillingError, REQUEST_LIMITS } from '@portalkit/protocol';
import type { BodyFormat } from './body-format';
import { BodyReadStopped, readWithin } from './body-deadline';
import { readStreamAtMost } from './read-stream-at-most';
import type { SafeLogger } from './safe-logger';

const TOO_LARGE_MESSAGE = `The body is larger than ${REQUEST_LIMITS.maxBodyBytes} bytes; a portal request never needs that much.`;
const MEDIA_TYPE_MESSAGE = 'Send the body as application/json or application/x-www-form-urlencoded, in UTF-8.';
const DECIMAL = /^\d+$/;

// Not `fatal`: `request.text()` cannot be, so both reading paths decode alike and one check (below) refuses
// what did not decode. Stateless between calls: `decode()` without `{ stream: true }` starts afresh.
const utf8 = new TextDecoder(); // UTF-8, the default
const REPLACEMENT_CHARACTER = '\uFFFD';

/** How long a body may take, and where a body that never came is reported. */
export interface BodyReadOptions {
  bodyTimeoutMs: number;
  logger: SafeLogger;
}

/**
 * Reads the body as UTF-8 text, at most `REQUEST_LIMITS.maxBodyBytes` of it. A declared length over
 * the limit is refused without reading at all; a body without a declared length (chunked) is read as
 * a stream and refused as soon as it passes the limit, so it costs us no more than the limit.
 *
 * Bytes that are not UTF-8 decode to U+FFFD, and a body holding one is refused: no field of a portal
 * request can need that character, so it only ever means a body in another encoding, or garbage.
 *
 * A body that has not arrived within `bodyTimeoutMs`, or whose client hangs up (`request.signal`), is
 * given up on: a 400 and a warning, not an error, since a slow or vanished client is not a fault of
 * the server, and it must not hold the handler (or reach auth) for as long as it likes.
 */
export async function readBody(request: Request, format: BodyFormat, options: BodyReadOptions): Promise<string> {
  if (format === 'unsupported') throw new BillingError('UNSUPPORTED_MEDIA_TYPE', MEDIA_TYPE_MESSAGE);
  const encoding = request.headers.get('content-encoding');
  // Header values come trimmed (https://fetch.spec.whatwg.org/#concept-header-value-normalize).
  if (encoding !== null && encoding.toLowerCase() !== 'identity') {
    throw new BillingError('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed (no Content-Encoding).');
  }
  const contentLength = request.headers.get('content-length');
  const declared = Number(contentLength ?? 0);
  if (declared > REQUEST_LIMITS.maxBodyBytes) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  if (request.bodyUsed) {
    // Typically a framework's body parser (e.g. express.json()) ran before the handler.
    throw new BillingError('SERVER_MISCONFIGURED', 'The request body was already read before the portal handler got it.');
  }
  const declaredOnly = contentLength !== null && DECIMAL.test(contentLength) && !request.headers.has('transfer-encoding');
  // Only a stream can be cancelled; the common declared-length read needs no controller.
  const cancel = declaredOnly ? undefined : new AbortController();
  const read = cancel ? () => readStreamed(request, cancel.signal) : () => readDeclared(request);
  const text = await readWithin(request, options.bodyTimeoutMs, read, cancel).catch((error: unknown) => {
    if (error instanceof BillingError) throw error;
    throw gaveUp(error instanceof BodyReadStopped ? error : undefined, options);
  });
  // No Content-Type is fine only without a body: `fetch(url, { method: 'POST' })` asks for the homepage.
  if (format === 'none' && text.length > 0) throw new BillingError('UNSUPPORTED_MEDIA_TYPE', MEDIA_TYPE_MESSAGE);
  if (text.includes(REPLACEMENT_CHARACTER)) throw new BillingError('INVALID_REQUEST', 'The body is not valid UTF-8.');
  return text;
}

/*
 * A body whose declared length is within the limit, read in one go as text. This is what keeps the
 * handler about as cheap as a bare route on Node: `@hono/node-server`'s `Request` answers `text()`
 * straight from the `IncomingMessage`'s buffer, while `arrayBuffer()` copies it into a new
 * `ArrayBuffer` (external memory that makes the garbage collector run more often: 6 to 13 µs more
 * server CPU per request in `pnpm bench`'s set-up), and touching `request.body` builds a web stream and
 * a full platform `Request`.
 *
 * Safe because HTTP servers enforce the declared length: Node's parser (and Bun's, Deno's, workerd's)
 * ends the body after `Content-Length` bytes, and refuses a request that also says
 * `Transfer-Encoding`, which is why such a request takes the streaming path here anyway. The length
 * is checked again after reading, for a `Request` built in the app's own code with a header that does
 * not match an in-memory body. Only a `Request` the app builds itself with a false `Content-Length`
 * over an unbounded stream would be read past the limit; no server hands out such a request.
 */
async function readDeclared(request: Request): Promise<string> {
  const text = await request.text();
  if (utf8ByteLength(text) > REQUEST_LIMITS.maxBodyBytes) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  return text;
}

/** A body without a declared length (chunked), read as a stream and given up on once it passes the limit. */
async function readStreamed(request: Request, stop: AbortSignal): Promise<string> {
  const bytes = await readStreamAtMost(request.body, REQUEST_LIMITS.maxBodyBytes, stop);
  if (bytes === null) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  return utf8.decode(bytes);
}

/*
 * A body that stopped coming: the deadline passed, the client hung up (`request.signal`), or the read
 * failed underneath us, which is how a reset connection shows up on some servers. None of them is the
 * server's fault, so a warning without a stack, and a 400 the client (if still there) can act on.
 */
function gaveUp(stopped: BodyReadStopped | undefined, { bodyTimeoutMs, logger }: BodyReadOptions): BillingError {
  const reason = stopped?.reason ?? 'failed';
  logger.warn(
    reason === 'timeout'
      ? `Gave up on a request body that did not arrive within bodyTimeoutMs (${bodyTimeoutMs} ms).`
      : reason === 'aborted'
        ? 'Gave up on a request body: the client closed the request first.'
        : 'Gave up on a request body that could not be read (a closed connection?).',
    { reason },
  );
  return new BillingError('INVALID_REQUEST', stopped?.message ?? 'The request body could not be read.');
}

// Counted without encoding the text again (a copy of up to the limit on every request). A surrogate pair
// (4 bytes) is two UTF-16 units of 2 each; no lone surrogate is left in decoded text.
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
