import type Stripe from 'stripe';
import { requireCustomer, requirePrice } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import { checkUrl } from '../http/check-url';
import { StripeApiError } from '../http/stripe-error';
import { createSecret } from '../ids';
import { metadataOnCreate } from '../objects/metadata';
import { buildCheckoutLineItem, buildCheckoutSession, type CheckoutLineInput } from '../objects/checkout-session';
import type { createCheckoutSessionParams } from '../params/checkout-session-params';
import type { Infer } from '../params/schema';
import type { CheckoutSessionRecord } from '../store/checkout-session-record';

type CreateParams = Infer<typeof createCheckoutSessionParams>;

const MINUTE = 60;
/** `expires_at` bounds: 30 minutes to 24 hours after creation, 24 hours by default (stripe@23.1.0 `SessionCreateParams.expires_at`). */
export const CHECKOUT_MIN_TTL = 30 * MINUTE;
export const CHECKOUT_MAX_TTL = 24 * 60 * MINUTE;
// "You can specify up to 20 line items with recurring prices" (stripe@23.1.0 `SessionCreateParams.line_items`).
const MAX_RECURRING_ITEMS = 20;

/**
 * Checks the parameters of `POST /v1/checkout/sessions` in `subscription` mode and stores the new
 * session with its line items. `pageUrl` turns the hosted page's secret into its URL.
 */
export function createCheckoutSession(
  ctx: EmulatorContext,
  params: CreateParams,
  pageUrl: (token: string) => string,
): CheckoutSessionRecord {
  if (params.mode === undefined) {
    throw new StripeApiError('Missing required param: mode.', { code: 'parameter_missing', param: 'mode' });
  }
  if (params.mode !== 'subscription') {
    throw new StripeApiError(
      `The Stripe emulator supports Checkout in subscription mode only, not mode=${params.mode} (Stripe does).`,
      { param: 'mode' },
    );
  }
  if (params.ui_mode !== undefined && params.ui_mode !== 'hosted_page') {
    throw new StripeApiError(
      `The Stripe emulator serves only the hosted Checkout page, not ui_mode=${params.ui_mode} (Stripe does).`,
      { param: 'ui_mode' },
    );
  }
  if (params.customer !== undefined && params.customer_email !== undefined) {
    // Stripe's wording, as seen in many third-party logs.
    throw new StripeApiError('You may only specify one of these parameters: customer, customer_email.', {
      param: 'customer_email',
    });
  }
  const customer = params.customer === undefined ? null : requireCustomer(ctx, params.customer);
  if (params.customer_email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(params.customer_email)) {
    throw new StripeApiError(`Invalid email address: ${params.customer_email}`, {
      code: 'email_invalid',
      param: 'customer_email',
    });
  }
  const lines = checkLines(ctx, params.line_items);
  if (params.success_url !== undefined) checkUrl(params.success_url, 'success_url');
  if (params.cancel_url !== undefined) checkUrl(params.cancel_url, 'cancel_url');
  const trialDays = params.subscription_data?.trial_period_days;
  if (trialDays !== undefined && (trialDays < 1 || trialDays > 730)) {
    // The 730-day cap is Stripe's documented trial limit; the wording is the emulator's.
    throw new StripeApiError('subscription_data[trial_period_days] must be between 1 and 730.', {
      param: 'subscription_data[trial_period_days]',
    });
  }
  const now = ctx.clock.now();
  const expiresAt = params.expires_at ?? now + CHECKOUT_MAX_TTL;
  if (expiresAt < now + CHECKOUT_MIN_TTL || expiresAt > now + CHECKOUT_MAX_TTL) {
    // The documented range; the wording is the emulator's.
    throw new StripeApiError(
      'The `expires_at` timestamp must be at least 30 minutes and at most 24 hours after the Checkout Session is created.',
      { param: 'expires_at' },
    );
  }
  const token = createSecret('pay_');
  const session = buildCheckoutSession({
    lines,
    customer: customer?.id ?? null,
    customerEmail: params.customer_email ?? null,
    successUrl: params.success_url ?? null,
    cancelUrl: params.cancel_url ?? null,
    clientReferenceId: params.client_reference_id ?? null,
    allowPromotionCodes: params.allow_promotion_codes ?? null,
    metadata: metadataOnCreate(params.metadata),
    expiresAt,
    url: pageUrl(token),
    now,
  });
  const lineItems = lines.map((line) => buildCheckoutLineItem(line, productName(ctx, line.price)));
  return ctx.store.checkoutSessions.set({
    id: session.id,
    created: now,
    token,
    session,
    lineItems,
    subscriptionData: params.subscription_data ?? {},
  });
}

function checkLines(ctx: EmulatorContext, items: CreateParams['line_items']): CheckoutLineInput[] {
  if (!items || items.length === 0) {
    // "line_items: required for payment and subscription mode" (stripe@23.1.0 types).
    throw new StripeApiError('Missing required param: line_items.', { code: 'parameter_missing', param: 'line_items' });
  }
  const lines = items.map((item, index) => {
    const param = `line_items[${index}]`;
    if (item.price === undefined)
      throw new StripeApiError(`Missing required param: ${param}[price].`, {
        code: 'parameter_missing',
        param: `${param}[price]`,
      });
    if (item.quantity === undefined)
      throw new StripeApiError(`Missing required param: ${param}[quantity].`, {
        code: 'parameter_missing',
        param: `${param}[quantity]`,
      });
    if (item.quantity < 1)
      throw new StripeApiError('This value must be greater than or equal to 1.', { param: `${param}[quantity]` });
    const price = requirePrice(ctx, item.price, `${param}[price]`);
    // Observed wording (github.com/invertase/stripe-firebase-extensions/issues/560).
    if (!price.active)
      throw new StripeApiError('The price specified is inactive. This field only accepts active prices.', {
        param: `${param}[price]`,
      });
    return { price, quantity: item.quantity };
  });
  const oneTime = lines.findIndex((line) => line.price.type !== 'recurring');
  if (lines.every((line) => line.price.type !== 'recurring')) {
    // Observed wording (github.com/invertase/stripe-firebase-extensions/issues/98).
    throw new StripeApiError('You must provide at least one recurring price in `subscription` mode when using prices.', {
      param: 'line_items',
    });
  }
  if (oneTime >= 0) {
    throw new StripeApiError(
      'The Stripe emulator does not support one-time prices in subscription mode (Stripe adds them to the first invoice).',
      { param: `line_items[${oneTime}][price]` },
    );
  }
  if (lines.length > MAX_RECURRING_ITEMS) {
    throw new StripeApiError(
      `A Checkout Session in subscription mode takes at most ${MAX_RECURRING_ITEMS} line items with recurring prices.`,
      { param: 'line_items' },
    );
  }
  const [first] = lines as [CheckoutLineInput];
  const mismatch = lines.findIndex(
    (line) => line.price.currency !== first.price.currency || !sameInterval(line.price, first.price),
  );
  if (mismatch >= 0) {
    // Emulator's wording: one subscription bills its items in one currency on one cycle.
    throw new StripeApiError('All recurring prices of a subscription must share one currency and one billing interval.', {
      param: `line_items[${mismatch}][price]`,
    });
  }
  return lines;
}

function sameInterval(a: Stripe.Price, b: Stripe.Price): boolean {
  return a.recurring?.interval === b.recurring?.interval && a.recurring?.interval_count === b.recurring?.interval_count;
}

function productName(ctx: EmulatorContext, price: Stripe.Price): string {
  const id = typeof price.product === 'string' ? price.product : price.product.id;
  return ctx.store.products.get(id)?.name ?? price.nickname ?? price.id;
}
