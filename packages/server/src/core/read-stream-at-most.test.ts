import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { chunkedBody, longBody, splitBytes, stalledBody } from '../testing/test-streams';
import { readStreamAtMost } from './read-stream-at-most';

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 31 + 7) % 256);

describe('readStreamAtMost', () => {
  it.each([1, 2, 3, 7, 64])('puts a body that arrives in chunks of %i bytes back together byte for byte', async (size) => {
    const body = bytesOf(200);
    const read = await readStreamAtMost(chunkedBody(splitBytes(body, size)), 200);
    expect(read).toEqual(body);
  });

  it('keeps chunks of different sizes in order, up to exactly the limit', async () => {
    const chunks = [bytesOf(1), bytesOf(10).reverse(), bytesOf(0), bytesOf(5), bytesOf(84)];
    const expected = Uint8Array.from(chunks.flatMap((chunk) => [...chunk]));
    expect(await readStreamAtMost(chunkedBody(chunks), 100)).toEqual(expected);
  });

  it('refuses a body once its chunks pass the limit, even when each chunk is small, and cancels the rest', async () => {
    const endless = longBody(10, 1000);
    expect(await readStreamAtMost(endless.stream, 95)).toBeNull();
    expect(endless.cancelled()).toBe(true);
    expect(endless.pulled()).toBeLessThan(15);
  });

  it('refuses a body one byte over the limit, whichever chunk carries that byte', async () => {
    for (const size of [1, 10, 33, 101]) {
      expect(await readStreamAtMost(chunkedBody(splitBytes(bytesOf(101), size)), 100)).toBeNull();
    }
  });

  it('reads no body as empty', async () => {
    expect(await readStreamAtMost(null, 10)).toEqual(new Uint8Array(0));
    expect(await readStreamAtMost(chunkedBody([]), 10)).toEqual(new Uint8Array(0));
  });

  it('rejects with the reason, not with the part that arrived, when stopped mid-body, and cancels the stream', async () => {
    const stop = new AbortController();
    const body = stalledBody(bytesOf(5));
    const read = readStreamAtMost(body.stream, 100, stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reason = new Error('deadline');
    stop.abort(reason);
    await expect(read).rejects.toBe(reason);
    expect(body.cancelled()).toBe(true);
  });

  it('does not read at all once stopped', async () => {
    const stop = new AbortController();
    stop.abort(new Error('gone'));
    await expect(readStreamAtMost(chunkedBody([bytesOf(3)]), 100, stop.signal)).rejects.toThrow('gone');
  });

  it('rejects at once when stopped before the call, without waiting for a body that never comes', async () => {
    const stop = new AbortController();
    stop.abort(new Error('gone'));
    await expect(readStreamAtMost(stalledBody().stream, 100, stop.signal)).rejects.toThrow('gone');
  });

  it.each([
    ['read whole', () => chunkedBody([bytesOf(3), bytesOf(4)])],
    ['refused as too large', () => longBody(10, 1000).stream],
  ])('leaves no listener on the stop signal once the body is %s', async (_case, body) => {
    // One signal may span many reads (a server-wide shutdown signal): each read must take its listener away.
    const stop = new AbortController();
    await readStreamAtMost(body(), 20, stop.signal);
    expect(getEventListeners(stop.signal, 'abort')).toEqual([]);
  });

  it('leaves no listener on the stop signal once stopped mid-body', async () => {
    const stop = new AbortController();
    const read = readStreamAtMost(stalledBody(bytesOf(5)).stream, 100, stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop.abort(new Error('deadline'));
    await expect(read).rejects.toThrow('deadline');
    expect(getEventListeners(stop.signal, 'abort')).toEqual([]);
  });
});
