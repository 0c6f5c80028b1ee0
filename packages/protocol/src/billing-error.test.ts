import { describe, expect, it } from 'vitest';
import { BillingError, isBillingError } from './billing-error';

describe('BillingError', () => {
  it('takes its status from the code table and serialises without the cause', () => {
    const cause = new Error('Stripe said: No such customer cus_secret');
    const error = new BillingError('INVALID_REQUEST', 'subscription is required', { param: 'subscription', cause });

    expect(error.status).toBe(400);
    expect(error.retryable).toBe(false);
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error)).toBe(
      '{"error":{"code":"INVALID_REQUEST","message":"subscription is required","param":"subscription"}}',
    );
  });

  it('leaves param out of the wire form when there is none', () => {
    expect(new BillingError('RATE_LIMITED', 'slow down', { retryAfter: 2 }).toJSON()).toEqual({
      error: { code: 'RATE_LIMITED', message: 'slow down' },
    });
  });
});

describe('isBillingError', () => {
  it('recognises an error made by a second copy of the package', async () => {
    // The query string makes Vite load a separate instance of the module: a second class object.
    const secondCopy = './billing-error?second-copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('./billing-error');
    const foreign = new copy.BillingError('NOT_FOUND', 'no such subscription');

    expect(copy.BillingError).not.toBe(BillingError);
    expect(foreign).not.toBeInstanceOf(BillingError);
    expect(isBillingError(foreign)).toBe(true);
  });

  it('refuses look-alikes that are not ours', () => {
    expect(isBillingError(new Error('INVALID_REQUEST'))).toBe(false);
    expect(isBillingError({ code: 'INVALID_REQUEST', status: 400 })).toBe(false);
    expect(isBillingError(null)).toBe(false);
  });
});
