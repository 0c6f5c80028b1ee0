/*
 * Stripe's `created` has whole seconds, and several events about one object often share one: an
 * invoice's created, finalized, paid and payment_succeeded; a subscription's created and updated. Asking
 * Stripe for a fresh copy each time is always right, but costs a call per event (and Stripe's rate
 * limit). These rules settle the common cases from the two snapshots alone, and only when they are sure.
 */

/**
 * How an event's snapshot stands against the row's, when both come from the same second:
 * `'newer'` (write it), `'older'` (keep the row), `'same'` (nothing to write), or `'unknown'` (ask Stripe).
 */
export type WithinSecond = 'newer' | 'older' | 'same' | 'unknown';

/*
 * An invoice's status only moves forward: draft, then open, then paid, void or uncollectible (and an
 * uncollectible one can still be paid or voided) (https://docs.stripe.com/invoicing/overview#invoice-statuses).
 */
const INVOICE_STATUS_RANK: Record<string, number> = { draft: 0, open: 1, uncollectible: 2, paid: 3, void: 3 };

/**
 * Two snapshots that say the same thing need no ordering, whatever their kind.
 *
 * @example
 * compareSnapshots({ status: 'active' }, { status: 'active' }); // 'same'
 */
export function compareSnapshots(fromEvent: unknown, current: unknown): WithinSecond {
  return canonicalJson(fromEvent) === canonicalJson(current) ? 'same' : 'unknown';
}

/**
 * Invoices: equal snapshots are the same; otherwise a later status is newer and an earlier one older.
 * Two different snapshots with statuses of one rank (an open invoice whose payment failed, say) stay unknown.
 *
 * @example
 * compareInvoices({ status: 'paid' }, { status: 'open' }); // 'newer'
 */
export function compareInvoices(fromEvent: unknown, current: unknown): WithinSecond {
  if (compareSnapshots(fromEvent, current) === 'same') return 'same';
  const rank = (snapshot: unknown) => INVOICE_STATUS_RANK[String(Object(snapshot).status)];
  const [event, row] = [rank(fromEvent), rank(current)];
  if (event === undefined || row === undefined || event === row) return 'unknown';
  return event > row ? 'newer' : 'older';
}

// Key order differs once a snapshot has been through a database (PostgreSQL's jsonb sorts keys).
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
