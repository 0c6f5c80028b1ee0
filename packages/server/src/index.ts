export { createPortalHandler } from './core/create-portal-handler';
export type { LazyOptions } from './core/lazy-options';
export type {
  AfterCompletion,
  AfterExpiration,
  PortalContext,
  PortalDiscount,
  PortalHandler,
  PortalHandlerOptions,
  PortalLogger,
  OwnsSubscription,
  PortalSessionCreatedEvent,
  PortalStripeClient,
} from './core/portal-handler-options';
export type { PortalkitLogger } from './core/portal-setting-types';

export { createCheckoutHandler } from './checkout/create-checkout-handler';
export { createPortalLinkHandler } from './checkout/create-portal-link-handler';
export type { PortalLinkFlow, PortalLinkHandler, PortalLinkHandlerOptions } from './checkout/portal-link-options';
export { readCheckoutSummary } from './checkout/read-checkout-summary';
export type { CheckoutSummary, ReadCheckoutSummaryOptions } from './checkout/read-checkout-summary';
export type {
  CheckoutCustomer,
  CheckoutCustomerCreatedEvent,
  CheckoutHandler,
  CheckoutHandlerOptions,
  CheckoutPlan,
  CheckoutStripeClient,
} from './checkout/checkout-handler-options';

export { createWebhookHandler } from './webhooks/create-webhook-handler';
export { createMemoryEventStore } from './webhooks/memory-event-store';
export type { MemoryEventStoreOptions } from './webhooks/memory-event-store';
export type { ClaimResult, WebhookEventStore } from './webhooks/event-store';
export type {
  WebhookEvent,
  WebhookEventHandler,
  WebhookEventHandlers,
  WebhookEventType,
  WebhookHandlerOptions,
  WebhookLogger,
  WebhookStripeClient,
} from './webhooks/types';

export { createBillingProjection } from './projection/create-billing-projection';
export type { BillingProjection, BillingProjectionOptions, CustomerBilling } from './projection/create-billing-projection';
export { createMemoryProjectionStore } from './projection/memory-projection-store';
export type { BillingProjectionStore, ProjectedKind, ProjectionRow, ProjectionWrite } from './projection/projection-store';
export type { ProjectionStripeClient } from './projection/projection-stripe';
export type { ApplyOutcome } from './projection/apply-versioned';
export { createBillingStateHandler } from './projection/create-billing-state-handler';
export type { BillingStateHandlerOptions } from './projection/create-billing-state-handler';

export { BillingError, isBillingError } from '@portalkit/protocol';
export type {
  BillingInvoice,
  BillingPaymentMethod,
  BillingStateResponse,
  BillingSubscription,
  BillingSubscriptionItem,
  BillingErrorCode,
  BillingErrorOptions,
  ErrorBody,
  PortalFlow,
  PortalLocale,
  PortalSessionRequest,
  PortalSessionResponse,
} from '@portalkit/protocol';
