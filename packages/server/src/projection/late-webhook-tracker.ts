/**
 * Remembers, per customer and billing version, when a client first asked whether that version had
 * moved, so the billing-state handler can tell when a webhook is late: after `afterMs` with no move it
 * reconciles from Stripe, once. Bounded (oldest entries go first) so clients cannot grow it without end.
 *
 * @example
 * const tracker = createLateWebhookTracker({ afterMs: 10_000, now: Date.now });
 * if (tracker.isLate('cus_123', '41')) await projection.reconcile('cus_123');
 */
export function createLateWebhookTracker({
  afterMs,
  now,
  maxEntries = 10_000,
}: {
  afterMs: number;
  now: () => number;
  maxEntries?: number;
}) {
  const firstAsked = new Map<string, number | 'reconciled'>();
  return {
    /**
     * `true` exactly once per customer and version: on the first question at least `afterMs` after
     * the first one. Every other call is `false`.
     */
    isLate(customer: string, since: string): boolean {
      const key = `${customer}\n${since}`;
      const seen = firstAsked.get(key);
      if (seen === 'reconciled') return false;
      if (seen === undefined) {
        if (firstAsked.size >= maxEntries) firstAsked.delete(firstAsked.keys().next().value as string);
        firstAsked.set(key, now());
        return afterMs === 0 && this.isLate(customer, since);
      }
      if (now() - seen < afterMs) return false;
      firstAsked.set(key, 'reconciled');
      return true;
    },
  };
}
