export { createPortalHandler } from './core/create-portal-handler';
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
} from './core/create-portal-handler';

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
