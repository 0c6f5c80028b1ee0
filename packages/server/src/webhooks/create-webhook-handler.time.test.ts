import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SECRET, serialise, setup, signedRequest, stripe, subscriptionUpdated } from '../testing/signed-delivery';

/*
 * The signature's time, both ways. Date is faked (stripe-node reads it too), so ages in log lines are exact.
 */
const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const nowSeconds = NOW / 1000;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const deliverAt = async (offsetSeconds: number, tolerance?: number) => {
  const delivery = setup(tolerance === undefined ? {} : { tolerance });
  const request = await signedRequest(serialise(subscriptionUpdated()), { timestamp: nowSeconds + offsetSeconds });
  return { ...delivery, response: await delivery.handle(request) };
};

describe('createWebhookHandler: the signature must be dated within tolerance of now, before or after', () => {
  test.each([-300, -1, 0, 1, 300])('accepts a signature dated %i s from now (default tolerance 300 s)', async (offset) => {
    const { response, onUpdated, logger } = await deliverAt(offset);
    expect(response.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  test.each([
    [301, 'the signature is dated 301 s in the future, tolerance 300 s'],
    [3600, 'the signature is dated 3600 s in the future, tolerance 300 s'],
    [10 * 365 * 24 * 3600, `the signature is dated ${10 * 365 * 24 * 3600} s in the future, tolerance 300 s`],
    [-301, 'the signature is 301 s old, tolerance 300 s'],
    [-412, 'the signature is 412 s old, tolerance 300 s'],
  ])('refuses a correctly signed delivery dated %i s from now, and the log says why', async (offset, reason) => {
    const { response, onUpdated, logger } = await deliverAt(offset);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'INVALID_REQUEST', message: 'Webhook signature verification failed.' },
    });
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toMatch(new RegExp(`^portalkit: refused a webhook delivery: ${reason} \\(`));
  });

  test('a widened tolerance widens both sides', async () => {
    expect((await deliverAt(899, 900)).response.status).toBe(200);
    expect((await deliverAt(-899, 900)).response.status).toBe(200);
    const future = await deliverAt(901, 900);
    expect(future.response.status).toBe(400);
    expect(future.logger.warn).toHaveBeenCalledWith(expect.stringContaining('dated 901 s in the future, tolerance 900 s'));
  });

  test('a captured far-future delivery is still refused when replayed later, until its date comes near', async () => {
    const { handle, onUpdated } = setup();
    const captured = await signedRequest(serialise(subscriptionUpdated('evt_replayed')), { timestamp: nowSeconds + 7200 });
    const replay = () => handle(captured.clone());
    expect((await replay()).status).toBe(400);
    vi.setSystemTime(NOW + 3600 * 1000);
    expect((await replay()).status).toBe(400);
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('the time judged is the one the signature covers, not another t= in the header', async () => {
    const payload = serialise(subscriptionUpdated());
    const signedNow = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET, timestamp: nowSeconds });
    const signedAhead = await stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: SECRET,
      timestamp: nowSeconds + 3600,
    });
    const [, signatureNow] = signedNow.split(',');
    const [, signatureAhead] = signedAhead.split(',');

    // stripe-node verifies against the last t=; a first one, dated ahead, decides nothing.
    const fine = setup();
    expect(
      (await fine.handle(await signedRequest(payload, { header: `t=${nowSeconds + 3600},t=${nowSeconds},${signatureNow}` })))
        .status,
    ).toBe(200);
    // A current t= in front must not hide that the signed one is an hour ahead.
    const ahead = setup();
    const response = await ahead.handle(
      await signedRequest(payload, { header: `t=${nowSeconds},t=${nowSeconds + 3600},${signatureAhead}` }),
    );
    expect(response.status).toBe(400);
    expect(ahead.onUpdated).not.toHaveBeenCalled();
    expect(ahead.logger.warn).toHaveBeenCalledWith(expect.stringContaining('dated 3600 s in the future'));
  });

  test('an edited t= does not pass: the signature covers it', async () => {
    const payload = serialise(subscriptionUpdated());
    const genuine = await stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: SECRET,
      timestamp: nowSeconds + 3600,
    });
    const { handle, onUpdated } = setup();
    const edited = genuine.replace(`t=${nowSeconds + 3600}`, `t=${nowSeconds}`);
    expect((await handle(await signedRequest(payload, { header: edited }))).status).toBe(400);
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('a signature over a timestamp that is not a number is refused, even with the right secret', async () => {
    const payload = serialise(subscriptionUpdated());
    // What stripe-node checks for `t=soon`: an HMAC over `NaN.${payload}`, which its age check lets through.
    const signature = createHmac('sha256', SECRET).update(`NaN.${payload}`).digest('hex');
    const { handle, onUpdated, logger } = setup();
    expect((await handle(await signedRequest(payload, { header: `t=soon,v1=${signature}` }))).status).toBe(400);
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith('portalkit: refused a webhook delivery: the signature has no usable timestamp');
  });
});
