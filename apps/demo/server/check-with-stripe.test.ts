import { describe, expect, it, vi } from 'vitest';
import { checkWithStripe } from './check-with-stripe';

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

describe('checkWithStripe', () => {
  it('is true once Stripe answered and the projection holds its copy', async () => {
    const reconcile = vi.fn(async () => {});
    expect(await checkWithStripe({ reconcile }, 'cus_1', logger())).toBe(true);
    expect(reconcile).toHaveBeenCalledWith('cus_1');
  });

  it('is false, and logs, when Stripe fails: the page then waits for the webhooks', async () => {
    const log = logger();
    const reconcile = vi.fn(async () => {
      throw new Error('Stripe is down');
    });
    expect(await checkWithStripe({ reconcile }, 'cus_1', log)).toBe(false);
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('is false when Stripe takes longer than the bound, without waiting for it', async () => {
    vi.useFakeTimers();
    try {
      const never = new Promise<void>(() => {});
      const checked = checkWithStripe({ reconcile: () => never }, 'cus_1', logger(), 3_000);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await checked).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never rejects when Stripe fails after the bound has passed', async () => {
    vi.useFakeTimers();
    try {
      const log = logger();
      let fail: (error: Error) => void = () => {};
      const late = new Promise<void>((_, reject) => {
        fail = reject;
      });
      const checked = checkWithStripe({ reconcile: () => late }, 'cus_1', log, 100);
      await vi.advanceTimersByTimeAsync(100);
      expect(await checked).toBe(false);
      fail(new Error('Stripe is down'));
      await vi.advanceTimersByTimeAsync(0);
      expect(log.error).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
