/**
 * The three kinds of Stripe object the billing projection keeps: subscriptions, invoices, and the
 * customer (for its default payment method).
 *
 * @example
 * const kind: ProjectedKind = 'subscription';
 */
export type ProjectedKind = 'subscription' | 'invoice' | 'customer';

/**
 * One projected object, with the version that guards it.
 *
 * Why this version: Stripe's event `created` is in whole seconds and several events about one object
 * often share a second (Checkout sends `customer.subscription.created` and `.updated` together), so
 * `created` alone cannot order two events of the same second. The row keeps the `created` second of
 * the newest event applied (`version`) and the IDs of every event applied at that second
 * (`eventIds`): an older second is stale and skipped, an ID already listed is a duplicate and skipped,
 * and a new ID at the same second cannot be ordered, so the object is fetched from Stripe instead.
 * `revision` is the store's own counter: every write gives the row a greater one, which makes it the
 * compare-and-set token for concurrent writers, and the sum over a customer's rows is the customer's
 * billing-state version.
 *
 * @example
 * const row: ProjectionRow = { kind: 'subscription', id: 'sub_123', owner: 'cus_123', account: null, version: 1767225600, eventIds: ['evt_1'], revision: 4, data: {} };
 */
export interface ProjectionRow {
  kind: ProjectedKind;
  /** The object's Stripe ID (`sub_...`, `in_...`, `cus_...`). */
  id: string;
  /** The customer it belongs to (`cus_...`). */
  owner: string;
  /** The Accounts v2 account it belongs to (`acct_...`), when Stripe named one. */
  account: string | null;
  /** The `created` second of the newest event applied; 0 when the object was only fetched. */
  version: number;
  /** The IDs of the events applied at `version`. */
  eventIds: string[];
  /** The store's write counter: greater for every later write, in any row. */
  revision: number;
  /** The projected fields (a `BillingSubscription`, `BillingInvoice`, or `{ defaultPaymentMethod }`). */
  data: unknown;
}

/**
 * A row to write: the store assigns its `revision`.
 *
 * @example
 * await store.write({ kind: 'customer', id: 'cus_123', owner: 'cus_123', account: null, version: 0, eventIds: [], data: {} }, null);
 */
export type ProjectionWrite = Omit<ProjectionRow, 'revision'>;

/**
 * Where the billing projection keeps its rows. Memory (`createMemoryProjectionStore`) for one process,
 * PostgreSQL (`createPostgresProjectionStore`) when several share it. A store only reads and
 * compare-and-sets; the ordering rules live in the projection, so every store keeps them alike.
 *
 * @example
 * const written = await store.write(row, current?.revision ?? null);
 */
export interface BillingProjectionStore {
  /** The row for one object, or `undefined`. */
  read(kind: ProjectedKind, id: string): Promise<ProjectionRow | undefined>;
  /**
   * Writes `row` only if the object's row still has revision `expected` (`null`: only if there is no
   * row yet), and gives it a new revision. Resolves `false`, writing nothing, when another write came
   * first.
   */
  write(row: ProjectionWrite, expected: number | null): Promise<boolean>;
  /** Every row whose `owner` or `account` is `customer`. */
  listFor(customer: string): Promise<ProjectionRow[]>;
}
