/*
 * @portalkit/stripe-emulator: an offline stand-in for the slice of Stripe's API that portalkit uses,
 * with hosted portal pages and signed webhooks. Named exports only; internals stay internal.
 */
export { createStripeEmulator } from './create-stripe-emulator';
export type { StripeEmulator } from './create-stripe-emulator';
export type { StripeEmulatorOptions } from './options';

export { DEMO_IDS, demoSeed } from './seed/demo';
export type { EmulatorSeed, SeedInvoice, SeedPaymentMethod, SeedPortalConfiguration, SeedSubscription } from './seed/seed-types';
export type { CustomerInput } from './objects/customer';
export type { PriceInput, ProductInput } from './objects/catalog';
export type { CouponInput } from './objects/coupon';
export type { CardDetails } from './objects/payment-method';

export type { ClockMode, EmulatorClock } from './clock';
export type { EmulatorContext, EmitOptions } from './context';
export type { EmulatorStore } from './store/create-store';
export type { Table } from './store/table';
export { VISIT_TTL_SECONDS } from './store/portal-sessions';
export type { ConsumeSessionResult, PortalSessions, SessionRefusal, VisitResult } from './store/portal-sessions';
export type { PortalSessionRecord, PortalVisit } from './store/portal-session-record';
export type { CheckoutSessionRecord } from './store/checkout-session-record';

export type { EmulatorActions } from './actions/create-actions';
export type { CardInput } from './actions/card-input';
export type { CancelSubscriptionOptions } from './actions/cancel-subscription';
export type { PauseSubscriptionOptions } from './actions/pause-subscription';
export type { CustomerDetails } from './actions/change-customer';
export { addInterval } from './objects/period';

export { StripeApiError, isStripeApiError } from './http/stripe-error';
export type { StripeApiErrorOptions, StripeErrorType } from './http/stripe-error';

export { API_VERSION } from './webhooks/create-event';
export { signPayload } from './webhooks/sign';
export type { WebhookAttempt, WebhookDelivery, WebhookRetryOptions } from './webhooks/delivery-types';
