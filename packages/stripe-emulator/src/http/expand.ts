import type { EmulatorStore } from '../store/create-store';
import { deletedCustomer } from '../objects/customer';
import { StripeApiError } from './stripe-error';

// Stripe allows expanding at most four levels deep.
const MAX_DEPTH = 4;

/**
 * Applies `expand[]` to a copy of `object`: each dotted path (`customer`,
 * `items.data.price.product`, `data.customer` on lists) whose last field holds an ID the store knows
 * is replaced by that object. Intermediate IDs are expanded on the way, as Stripe does, in lists of
 * IDs too (`discounts.source.coupon` expands each `di_...` and then its coupon). A path that names no
 * expandable field fails with Stripe's "This property cannot be expanded" error. With no
 * paths, `object` itself comes back: every caller serializes the result at once.
 *
 * @example
 * expandObject(store, subscription, ['customer', 'default_payment_method']);
 */
export function expandObject<T extends object>(store: EmulatorStore, object: T, paths: readonly string[] = []): T {
  // Nothing to write into, so no copy: this skips a deep clone on every plain response.
  if (paths.length === 0) return object;
  const copy = structuredClone(object);
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH) {
      throw new StripeApiError(`You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`, {
        param: 'expand',
      });
    }
    expandPath(store, copy, segments, path);
  }
  return copy;
}

function expandPath(store: EmulatorStore, node: unknown, segments: string[], path: string): void {
  if (Array.isArray(node)) {
    for (const item of node) expandPath(store, item, segments, path);
    return;
  }
  const [head, ...rest] = segments;
  if (!head || typeof node !== 'object' || node === null || !(head in node)) throw notExpandable(path);
  const record = node as Record<string, unknown>;
  let value = record[head];
  if (typeof value === 'string') {
    const found = lookup(store, value);
    if (!found) throw notExpandable(path);
    value = record[head] = structuredClone(found);
  }
  if (Array.isArray(value)) {
    // A list of IDs, such as a subscription's `discounts`, expands element by element, and a longer
    // path (`discounts.source.coupon`) then goes on into each element, as Stripe's does. An unknown
    // ID stays an ID at the end of a path, but cannot be gone through.
    value = record[head] = value.map((item) => (typeof item === 'string' ? structuredClone(lookup(store, item) ?? item) : item));
  } else if (rest.length === 0 && value !== null && typeof value !== 'object') {
    throw notExpandable(path);
  }
  if (rest.length === 0 || value === null) return;
  expandPath(store, value, rest, path);
}

function lookup(store: EmulatorStore, id: string): object | undefined {
  // A coupon's ID is the account's choice (`STAY50`, even `in_house`), so it is tried whatever its prefix.
  return lookupByPrefix(store, id) ?? store.coupons.get(id);
}

function lookupByPrefix(store: EmulatorStore, id: string): object | undefined {
  const prefix = id.slice(0, id.indexOf('_'));
  switch (prefix) {
    case 'cus':
      return store.customers.get(id) ?? (store.deletedCustomers.has(id) ? deletedCustomer(id) : undefined);
    case 'sub':
      return store.subscriptions.get(id);
    case 'pm':
      return store.paymentMethods.get(id);
    case 'prod':
      return store.products.get(id);
    case 'price':
      return store.prices.get(id);
    case 'bpc':
      return store.portalConfigurations.get(id);
    case 'di':
      return store.discounts.get(id);
    case 'cs':
      return store.checkoutSessions.get(id)?.session;
    case 'in':
      return store.invoices.get(id);
    default:
      return undefined;
  }
}

function notExpandable(path: string): StripeApiError {
  return new StripeApiError(`This property cannot be expanded (${path}).`, { param: 'expand' });
}
