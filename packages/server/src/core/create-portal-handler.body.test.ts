import { REQUEST_LIMITS } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { APP_ORIGIN, HANDLER_URL, createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';
import { chunkedBody, longBody, splitBytes, streamedRequest } from '../testing/test-streams';

const stripe = useEmulatedStripe();

const JSON_HEADERS = { 'content-type': 'application/json', origin: APP_ORIGIN, 'sec-fetch-site': 'same-origin' };
const LIMIT = REQUEST_LIMITS.maxBodyBytes;
const encode = (text: string) => new TextEncoder().encode(text);

// 1 KiB chunks that would run to 1 MiB: read whole, the body is pulled 1,024 times.
const oneMebibyte = () => longBody(1024, 1024);

describe('createPortalHandler: a body that arrives in pieces', () => {
  it.each([1, 3, 7, 100])(
    'puts a body in chunks of %i bytes back together exactly, through multi-byte characters',
    async (size) => {
      const returnTo = '/konto/übersicht?plan=😀€';
      const body = encode(JSON.stringify({ flow: 'payment_method_update', returnTo }));
      const response = await createTestHandler(stripe())(
        streamedRequest(HANDLER_URL, chunkedBody(splitBytes(body, size)), JSON_HEADERS),
      );
      expect(response.status).toBe(200);
      expect(stripe().onlySession().return_url).toBe(new URL(returnTo, APP_ORIGIN).href);
    },
  );

  it('refuses a body whose small chunks together pass the limit, and stops reading it', async () => {
    const body = oneMebibyte();
    const response = await createTestHandler(stripe())(streamedRequest(HANDLER_URL, body.stream, JSON_HEADERS));
    expect(response.status).toBe(413);
    expect(body.cancelled()).toBe(true);
    expect(body.pulled()).toBeLessThan(16);
  });

  it('accepts chunks that add up to exactly the limit', async () => {
    const json = JSON.stringify({ flow: 'payment_method_update' }).padEnd(LIMIT, ' ');
    const response = await createTestHandler(stripe())(
      streamedRequest(HANDLER_URL, chunkedBody(splitBytes(encode(json), 1000)), JSON_HEADERS),
    );
    expect(response.status).toBe(200);
  });
});

describe('createPortalHandler: Content-Length it cannot trust', () => {
  // Each of these must send the read down the bounded stream path, never to an unbounded request.text().
  it.each([
    ['non-numeric', { 'content-length': 'abc' }],
    ['negative', { 'content-length': '-1' }],
    ['in exponent notation', { 'content-length': '1e3' }],
    ['with a sign', { 'content-length': '+10' }],
    ['in hex', { 'content-length': '0x10' }],
    ['with a fraction', { 'content-length': '10.5' }],
    ['empty', { 'content-length': '' }],
    ['sent with Transfer-Encoding', { 'content-length': '10', 'transfer-encoding': 'chunked' }],
  ])(
    'reads a body with a Content-Length %s as a bounded stream, refusing it once it passes the limit',
    async (_case, headers) => {
      const body = oneMebibyte();
      const request = streamedRequest(HANDLER_URL, body.stream, { ...JSON_HEADERS, ...headers });
      const response = await createTestHandler(stripe())(request);
      expect(response.status).toBe(413);
      expect(body.cancelled()).toBe(true);
      expect(body.pulled()).toBeLessThan(16);
      expect(stripe().calls()).toEqual([]);
    },
  );

  it.each([
    ['streamed', {}],
    ['with a declared length', { 'content-length': '2' }],
  ])('refuses a non-empty body without Content-Type with 415, %s', async (_case, headers) => {
    const request = streamedRequest(HANDLER_URL, chunkedBody([encode('{}')]), { origin: APP_ORIGIN, ...headers });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(stripe().calls()).toEqual([]);
  });
});

describe('createPortalHandler: the limit counts UTF-8 bytes of 4-byte characters right', () => {
  // 400 emoji: 1,600 bytes but 800 UTF-16 units; the rest is JSON whitespace, so the body is long enough to be counted.
  function bodyOfBytes(bytes: number): string {
    const json = JSON.stringify({ flow: 'payment_method_update', returnTo: `/x?e=${'😀'.repeat(400)}` });
    return json.padEnd(json.length + bytes - encode(json).byteLength, ' ');
  }

  it.each([
    ['exactly at the limit', LIMIT, 200],
    ['one byte under', LIMIT - 1, 200],
    ['one byte over', LIMIT + 1, 413],
    ['four bytes over', LIMIT + 4, 413],
  ])('answers a declared-length body %s with %i', async (_case, bytes, status) => {
    const text = bodyOfBytes(bytes);
    expect(encode(text).byteLength).toBe(bytes);
    const response = await createTestHandler(stripe())(jsonRequest(text, { headers: { 'content-length': String(LIMIT) } }));
    expect(response.status).toBe(status);
  });
});
