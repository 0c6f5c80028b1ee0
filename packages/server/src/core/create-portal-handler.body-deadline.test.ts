import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { APP_ORIGIN, HANDLER_URL, createTestHandler, errorOf } from '../testing/portal-test-kit';
import { chunkedBody, stalledBody, streamedRequest } from '../testing/test-streams';

const stripe = useEmulatedStripe();

const JSON_HEADERS = { 'content-type': 'application/json', origin: APP_ORIGIN, 'sec-fetch-site': 'same-origin' };
const encode = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  vi.useRealTimers();
});

/*
 * A client that never finishes its body, or hangs up, must not hold the handler (a connection slot, a
 * pending promise) for as long as it likes, and must never reach the app's auth. Both reading paths:
 * a streamed (chunked) body, and one with a declared length read with `request.text()`.
 */
describe('createPortalHandler: the body has a deadline', () => {
  it.each([
    ['a streamed body', {}],
    ['a body with a declared length', { 'content-length': '64' }],
  ])('answers 400 when %s does not arrive within bodyTimeoutMs (10 s by default), before auth', async (_case, length) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const getCustomerId = vi.fn(() => 'cus_alice');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const body = stalledBody(encode('{"flow":'));
    const answer = createTestHandler(stripe(), { getCustomerId })(
      streamedRequest(HANDLER_URL, body.stream, { ...JSON_HEADERS, ...length }),
    );
    let settled = false;
    void answer.then(() => (settled = true));

    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const response = await answer;

    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const refusal = await errorOf(response);
    expect(refusal.code).toBe('INVALID_REQUEST');
    expect(refusal.message).toMatch(/did not arrive within 10000 ms/);
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('bodyTimeoutMs (10000 ms)'), { reason: 'timeout' });
    expect(error).not.toHaveBeenCalled();
    // The streamed read is cancelled, so the sender is told to stop; text() cannot be, it is only no longer awaited.
    if (!('content-length' in length)) expect(body.cancelled()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes bodyTimeoutMs from the options', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answer = createTestHandler(stripe(), { bodyTimeoutMs: 250 })(
      streamedRequest(HANDLER_URL, stalledBody().stream, JSON_HEADERS),
    );
    await vi.advanceTimersByTimeAsync(250);
    expect((await errorOf(await answer)).message).toMatch(/within 250 ms/);
  });

  it('accepts a body that trickles in within the deadline, and leaves no timer behind', async () => {
    const chunks = ['{"flow":', '"payment_method_update",', '"returnTo":"/account"}'].map(encode);
    let sent = 0;
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const chunk = chunks[sent++];
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await createTestHandler(stripe(), { bodyTimeoutMs: 5_000 })(
      streamedRequest(HANDLER_URL, trickle, JSON_HEADERS),
    );
    expect(response.status).toBe(200);
    expect(stripe().onlySession().return_url).toBe('https://app.example.com/account');
  });

  it('clears its timer once the body is read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const getCustomerId = vi.fn(() => null);
    const response = await createTestHandler(stripe(), { getCustomerId })(
      streamedRequest(HANDLER_URL, chunkedBody([encode('{}')]), JSON_HEADERS),
    );
    expect(response.status).toBe(401);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createPortalHandler: a client that hangs up', () => {
  it.each([
    ['a streamed body', {}],
    ['a body with a declared length', { 'content-length': '64' }],
  ])('ends the handler at once when the request is aborted while %s is arriving', async (_case, length) => {
    const controller = new AbortController();
    const getCustomerId = vi.fn(() => 'cus_alice');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const body = stalledBody(encode('{"flow":'));
    // An hour: only the abort can end this read.
    const handler = createTestHandler(stripe(), { getCustomerId, bodyTimeoutMs: 3_600_000 });
    const answer = handler(streamedRequest(HANDLER_URL, body.stream, { ...JSON_HEADERS, ...length }, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    const response = await answer;

    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/closed the request before its body arrived/);
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the client closed the request'), { reason: 'aborted' });
    expect(error).not.toHaveBeenCalled();
    if (!('content-length' in length)) expect(body.cancelled()).toBe(true);
  });

  it('does not start reading a request that was aborted before it arrived', async () => {
    const controller = new AbortController();
    controller.abort();
    const request = streamedRequest(HANDLER_URL, stalledBody().stream, JSON_HEADERS, controller.signal);
    const response = await createTestHandler(stripe(), { bodyTimeoutMs: 3_600_000 })(request);
    expect(response.status).toBe(400);
    expect(request.bodyUsed).toBe(false);
    expect(stripe().calls()).toEqual([]);
  });
});

describe('createPortalHandler: a body that fails to read', () => {
  it('answers 400 with a warning, not a 500 with an error, when the body stream errors (a reset connection)', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const getCustomerId = vi.fn(() => 'cus_alice');
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('socket hang up'));
      },
    });
    const response = await createTestHandler(stripe(), { getCustomerId })(streamedRequest(HANDLER_URL, broken, JSON_HEADERS));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe('The request body could not be read.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'), { reason: 'failed' });
    expect(error).not.toHaveBeenCalled();
    expect(getCustomerId).not.toHaveBeenCalled();
  });
});
