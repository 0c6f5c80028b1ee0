import { REQUEST_LIMITS } from '@portalkit/protocol';

/*
 * Stripe IDs are a prefix and letters, digits or underscores. Holding IDs to that shape before any
 * call keeps odd characters out of Stripe URL paths and out of our logs.
 */
const ID_BODY = /^[A-Za-z0-9_]+$/;

/** True when `value` is a Stripe ID with this prefix (`sub_`, `si_`, ...) within Stripe's length limit. */
export function isStripeId(value: unknown, prefix: string): value is string {
  return (
    typeof value === 'string' &&
    value.length > prefix.length &&
    value.length <= REQUEST_LIMITS.maxIdLength &&
    value.startsWith(prefix) &&
    ID_BODY.test(value.slice(prefix.length))
  );
}

/**
 * True for an Accounts v2 account ID (`acct_...`) standing for the customer: such a customer is
 * `customer_account` in Stripe's parameters and objects, not `customer`.
 */
export function isCustomerAccount(customerId: string): boolean {
  return customerId.startsWith('acct_');
}
