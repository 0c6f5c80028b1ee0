import type Stripe from 'stripe';
import { createId } from '../ids';

/** The card details a seed or the portal's card form gives. */
export interface CardDetails {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  /** @defaultValue `'credit'` */
  funding?: string;
  country?: string | null;
}

/** A `pm_...` card payment method, optionally attached to `customer`. */
export function buildCardPaymentMethod(
  card: CardDetails,
  options: {
    id?: string;
    customer?: string | null;
    name?: string | null;
    postal_code?: string | null;
    country?: string | null;
    now: number;
  },
): Stripe.PaymentMethod {
  return {
    id: options.id ?? createId('pm'),
    object: 'payment_method',
    allow_redisplay: 'always',
    billing_details: {
      address: {
        city: null,
        country: options.country ?? null,
        line1: null,
        line2: null,
        postal_code: options.postal_code ?? null,
        state: null,
      },
      email: null,
      name: options.name ?? null,
      phone: null,
      tax_id: null,
    },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: card.country ?? 'US',
      display_brand: card.brand,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      // Derived, not random, so the same test card always looks like the same card (as on Stripe).
      fingerprint: `emu${card.brand}${card.last4}`.slice(0, 16),
      funding: card.funding ?? 'credit',
      generated_from: null,
      last4: card.last4,
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: options.now,
    customer: options.customer ?? null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}
