import type Stripe from 'stripe';
import type { BillingProjection } from '../projection/create-billing-projection';
import { billingInStripe } from './projection-kit';

/*
 * The projection against Stripe's own state, one leaf field at a time, so a run can say how many
 * fields differ (the bench) and which (the tests), not only that something does.
 */

/** What {@link billingDifferences} found. */
export interface BillingComparison {
  /** How many fields were compared, over every customer: a comparison of nothing proves nothing. */
  compared: number;
  /** `cus_...: subscriptions[sub_...].status: projected "active", Stripe "past_due"`, one per field that differs. */
  differences: string[];
}

// Array elements by their `id` where they have one, so a missing subscription is named, not shifted.
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value)) {
    value.forEach((element, index) => {
      const id = (element as { id?: unknown } | null)?.id;
      leaves(element, `${path}[${typeof id === 'string' ? id : index}]`, out);
    });
    if (value.length === 0) out.set(path, '[]');
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, path === '' ? key : `${path}.${key}`, out);
  } else {
    out.set(path, value);
  }
  return out;
}

/**
 * Compares every customer's projected billing state with what Stripe (the emulator, read through the
 * SDK: subscriptions of every status, open invoices, the customer's default payment method) holds.
 *
 * @example
 * const { compared, differences } = await billingDifferences(projection, client, ['cus_123']);
 */
export async function billingDifferences(
  projection: BillingProjection,
  stripe: Stripe,
  customers: readonly string[],
): Promise<BillingComparison> {
  let compared = 0;
  const differences: string[] = [];
  for (const customer of customers) {
    const { version: _version, ...projectedState } = await projection.getCustomerBilling(customer);
    const projected = leaves(projectedState, '', new Map());
    const actual = leaves(await billingInStripe(stripe, customer), '', new Map());
    for (const path of new Set([...projected.keys(), ...actual.keys()])) {
      compared += 1;
      const [mine, theirs] = [projected.get(path), actual.get(path)];
      if (mine !== theirs) {
        differences.push(`${customer}: ${path}: projected ${JSON.stringify(mine)}, Stripe ${JSON.stringify(theirs)}`);
      }
    }
  }
  return { compared, differences };
}
