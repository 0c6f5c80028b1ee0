import type Stripe from 'stripe';
import { createId } from '../ids';

/** One line of a new session: a recurring price and how many. */
export interface CheckoutLineInput {
  price: Stripe.Price;
  quantity: number;
}

/** What a `checkout.session` in subscription mode is built from (validated create parameters). */
export interface CheckoutSessionInput {
  lines: readonly CheckoutLineInput[];
  customer: string | null;
  customerEmail: string | null;
  successUrl: string | null;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  allowPromotionCodes: boolean | null;
  metadata: Record<string, string>;
  expiresAt: number;
  /** The hosted page's address, for `url`. */
  url: string;
  now: number;
}

/**
 * A `checkout.session` in `subscription` mode and API 2026 shape (stripe@23.1.0
 * `cjs/resources/Checkout/Sessions.d.ts`): `ui_mode` is `hosted_page`, `url` is set while the session
 * is open, and `subscription`, `customer_details` are filled in when it completes.
 */
export function buildCheckoutSession(input: CheckoutSessionInput): Stripe.Checkout.Session {
  const total = input.lines.reduce((sum, line) => sum + lineAmount(line), 0);
  return {
    id: createId('cs_test', 24),
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: input.allowPromotionCodes,
    allowed_payment_method_types: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: input.now,
    currency: input.lines[0]?.price.currency ?? 'usd',
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: input.customer,
    customer_account: null,
    customer_creation: null,
    customer_details: input.customerEmail ? customerDetails(input.customerEmail, null) : null,
    customer_email: input.customerEmail,
    discounts: [],
    expires_at: input.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: input.metadata,
    mode: 'subscription',
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'always',
    payment_method_configuration_details: null,
    payment_method_options: { card: { request_three_d_secure: 'automatic' } },
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: input.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: input.url,
    wallet_options: null,
  };
}

/** A Checkout line item (`object: 'item'`), as `line_items` lists it. */
export function buildCheckoutLineItem(line: CheckoutLineInput, productName: string): Stripe.LineItem {
  const amount = lineAmount(line);
  return {
    id: createId('li', 24),
    object: 'item',
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: line.price.currency,
    description: productName,
    metadata: {},
    price: line.price,
    quantity: line.quantity,
  };
}

/** `customer_details` as the completed session reports them. */
export function customerDetails(email: string | null, name: string | null): Stripe.Checkout.Session.CustomerDetails {
  return { address: null, business_name: null, email, individual_name: null, name, phone: null, tax_exempt: 'none', tax_ids: [] };
}

function lineAmount(line: CheckoutLineInput): number {
  return (line.price.unit_amount ?? 0) * line.quantity;
}
