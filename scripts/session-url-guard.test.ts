import { expect, it } from 'vitest';
import { findSessionUrls } from './session-url-guard';

it('finds Stripe, emulator and fake session URLs inside log lines', () => {
  const line =
    'created {"url":"https://billing.stripe.com/p/session/test_YWNjdF8x"} then http://127.0.0.1:53111/p/session/ps_9x-Y';
  expect(findSessionUrls(line)).toEqual([
    'https://billing.stripe.com/p/session/test_YWNjdF8x',
    'http://127.0.0.1:53111/p/session/ps_9x-Y',
  ]);
});

it('finds Checkout Session pages too', () => {
  expect(
    findSessionUrls('redirect to https://checkout.stripe.com/c/pay/cs_test_a1B2#fid and http://127.0.0.1:5/c/pay/tok_1'),
  ).toEqual(['https://checkout.stripe.com/c/pay/cs_test_a1B2', 'http://127.0.0.1:5/c/pay/tok_1']);
});

it('leaves ordinary lines alone', () => {
  expect(findSessionUrls('POST /api/billing/portal 200 in 12ms (session bps_123)')).toEqual([]);
  expect(findSessionUrls('see https://docs.stripe.com/customer-management/portal-deep-links')).toEqual([]);
});
