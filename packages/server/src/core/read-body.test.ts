import { BillingError, REQUEST_LIMITS } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { HANDLER_URL } from '../testing/portal-test-kit';
import { readBody } from './read-body';
import { createSafeLogger } from './safe-logger';

const LIMIT = REQUEST_LIMITS.maxBodyBytes;
const OPTIONS = { bodyTimeoutMs: 10_000, logger: createSafeLogger(false) };

/** A request that records whether its body stream was touched, which is what makes a read cost more. */
class WatchedRequest extends Request {
  streamTouched = false;
  override get body() {
    this.streamTouched = true;
    return super.body;
  }
}

function post(body: string, headers: Record<string, string> = {}): WatchedRequest {
  return new WatchedRequest(HANDLER_URL, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

async function refusal(read: Promise<unknown>): Promise<BillingError> {
  const error = await read.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BillingError);
  return error as BillingError;
}

describe('readBody: what it accepts', () => {
  it.each(['identity', 'IDENTITY', ' Identity '])('reads a body sent with Content-Encoding: %j', async (encoding) => {
    expect(await readBody(post('{}', { 'content-encoding': encoding }), 'json', OPTIONS)).toBe('{}');
  });

  it('reads a body of declared length with text(), never building its stream', async () => {
    const json = JSON.stringify({ flow: 'payment_method_update' });
    const request = post(json, { 'content-length': String(json.length) });
    expect(await readBody(request, 'json', OPTIONS)).toBe(json);
    expect(request.streamTouched).toBe(false);
  });

  it.each([
    ['none', {}],
    ['not a number', { 'content-length': 'abc' }],
    ['sent with Transfer-Encoding', { 'content-length': '2', 'transfer-encoding': 'chunked' }],
  ])('reads a body whose length is %s through its bounded stream', async (_case, headers) => {
    const request = post('{}', headers);
    expect(await readBody(request, 'json', OPTIONS)).toBe('{}');
    expect(request.streamTouched).toBe(true);
  });
});

describe('readBody: what it refuses, saying what to send instead', () => {
  it('refuses a compressed body, asking for it uncompressed', async () => {
    const error = await refusal(readBody(post('{}', { 'content-encoding': 'gzip' }), 'json', OPTIONS));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringMatching(/uncompressed/) });
  });

  it.each([
    ['an unsupported Content-Type', 'unsupported' as const],
    ['no Content-Type but a body', 'none' as const],
  ])('refuses %s, naming the two types it reads', async (_case, format) => {
    const error = await refusal(readBody(post('{}'), format, OPTIONS));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toMatch(/application\/json or application\/x-www-form-urlencoded, in UTF-8/);
  });

  it('refuses a body over the limit, naming the limit', async () => {
    const error = await refusal(readBody(post(' '.repeat(LIMIT + 1)), 'json', OPTIONS));
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(`${LIMIT} bytes`) });
  });

  it('answers a body already read (a body parser ran first) as a setup error, not as a bad request', async () => {
    const request = post('{}');
    await request.text();
    const error = await refusal(readBody(request, 'json', OPTIONS));
    expect(error).toMatchObject({ code: 'SERVER_MISCONFIGURED', message: expect.stringMatching(/already read/) });
  });

  it.each([
    ['declared', (bytes: Uint8Array) => ({ 'content-length': String(bytes.byteLength) })],
    ['streamed', () => ({})],
  ])('refuses bytes that are not UTF-8, %s', async (_case, headers) => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    const request = new Request(HANDLER_URL, { method: 'POST', headers: headers(bytes), body: bytes });
    const error = await refusal(readBody(request, 'json', OPTIONS));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', message: 'The body is not valid UTF-8.' });
  });
});

describe('readBody: a Content-Length that understates the body (a Request the app built itself)', () => {
  // Each character at the edges of its UTF-8 width, repeated past the limit's third, so no shortcut by
  // length decides: a body of exactly the limit in bytes is read, one byte more is refused.
  it.each([
    ['U+007F', '\u007f', 1],
    ['U+0080', '\u0080', 2],
    ['U+07FF', '\u07ff', 2],
    ['U+0800', '\u0800', 3],
    ['U+D7FF', '\ud7ff', 3],
    ['U+E000', '\ue000', 3],
    ['U+FFFF', '\uffff', 3],
    ['U+10000', '\u{10000}', 4],
    ['U+10FFFF', '\u{10ffff}', 4],
  ])('counts %s as %i bytes', async (_name, character, width) => {
    const count = Math.floor(LIMIT / width);
    const exact = character.repeat(count) + ' '.repeat(LIMIT - count * width);
    expect(new TextEncoder().encode(exact).byteLength).toBe(LIMIT);
    const understated = { 'content-length': '20' };
    expect(await readBody(post(exact, understated), 'json', OPTIONS)).toBe(exact);
    const error = await refusal(readBody(post(`${exact} `, understated), 'json', OPTIONS));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
