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

export { BillingError, isBillingError } from '@portalkit/protocol';
export type {
  BillingErrorCode,
  BillingErrorOptions,
  ErrorBody,
  PortalFlow,
  PortalLocale,
  PortalSessionRequest,
  PortalSessionResponse,
} from '@portalkit/protocol';
