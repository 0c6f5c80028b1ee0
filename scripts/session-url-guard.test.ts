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

it('leaves ordinary lines alone', () => {
  expect(findSessionUrls('POST /api/billing/portal 200 in 12ms (session bps_123)')).toEqual([]);
  expect(findSessionUrls('see https://docs.stripe.com/customer-management/portal-deep-links')).toEqual([]);
});
