export { BillingError, isBillingError } from './billing-error';
export { isBillingVersionAfter } from './billing-state';
export type {
  BillingCustomer,
  BillingDiscount,
  BillingInvoice,
  BillingPaymentMethod,
  BillingStateResponse,
  BillingSubscription,
  BillingSubscriptionItem,
} from './billing-state';
export type { BillingErrorOptions } from './billing-error';
export { BILLING_ERROR_CODES, ERROR_CODES, isBillingErrorCode } from './error-codes';
export type { BillingErrorCode } from './error-codes';
export { PORTAL_FLOWS, SUBSCRIPTION_FLOWS, isPortalFlow, isSubscriptionFlow } from './flows';
export type { PortalFlow, SubscriptionFlow } from './flows';
export { PORTAL_LOCALES, isPortalLocale } from './locales';
export type { PortalLocale } from './locales';
export { CHECKOUT_REQUEST_FIELDS, DEFAULT_CHECKOUT_ENDPOINT } from './checkout-wire';
export type { CheckoutSessionRequest, CheckoutSessionResponse } from './checkout-wire';
export { parseBillingStateResponse } from './parse-billing-state';
export { errorFromResponse, parsePortalResponse } from './parse-response';
export { DEFAULT_PORTAL_ENDPOINT, REQUEST_FIELDS, REQUEST_LIMITS } from './wire';
export type {
  CustomerFlow,
  ErrorBody,
  PortalRequestCommon,
  PortalSessionRequest,
  PortalSessionResponse,
  UpdateConfirmItem,
} from './wire';
