import { BillingError, REQUEST_LIMITS } from '@portalkit/protocol';
import type { BodyFormat } from './body-format';

const TOO_LARGE_MESSAGE = `The body is larger than ${REQUEST_LIMITS.maxBodyBytes} bytes; a portal request never needs that much.`;
const MEDIA_TYPE_MESSAGE = 'Send the body as application/json or application/x-www-form-urlencoded, in UTF-8.';

/**
 * Reads the body as UTF-8 text, at most `REQUEST_LIMITS.maxBodyBytes` of it. The limit is enforced
 * while the stream is read, so a chunked body or a `Content-Length` that lies costs us no more than
 * the limit; a declared length over it is refused without reading at all.
 */
export async function readBody(request: Request, format: BodyFormat): Promise<string> {
  if (format === 'unsupported') throw new BillingError('UNSUPPORTED_MEDIA_TYPE', MEDIA_TYPE_MESSAGE);
  const encoding = request.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') {
    throw new BillingError('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed (no Content-Encoding).');
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > REQUEST_LIMITS.maxBodyBytes) throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
  if (request.bodyUsed) {
    // Typically a framework's body parser (e.g. express.json()) ran before the handler.
    throw new BillingError('SERVER_MISCONFIGURED', 'The request body was already read before the portal handler got it.');
  }
  const bytes = await readAtMost(request.body, REQUEST_LIMITS.maxBodyBytes);
  // No Content-Type is fine only without a body: `fetch(url, { method: 'POST' })` asks for the homepage.
  if (format === 'none' && bytes.length > 0) throw new BillingError('UNSUPPORTED_MEDIA_TYPE', MEDIA_TYPE_MESSAGE);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BillingError('INVALID_REQUEST', 'The body is not valid UTF-8.');
  }
}

async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop the sender instead of draining whatever it still has for us.
      await reader.cancel().catch(() => undefined);
      throw new BillingError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
