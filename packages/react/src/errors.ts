/*
 * `@portalkit/react/errors`: the package's plain values, without 'use client', so React Server
 * Components can use them. From the client entry a Server Component only gets references to client
 * code: `isBillingError()` fails `next build` there, and `DEFAULT_BILLING_MESSAGES.X` renders nothing.
 * The client entry exports the same values for client components.
 */
export { BillingError, isBillingError } from '@portalkit/protocol';
export type { BillingErrorCode } from '@portalkit/protocol';
export { DEFAULT_BILLING_MESSAGES } from './provider/default-messages';
export type { BillingMessages } from './provider/default-messages';
export { DEFAULT_FLOW_LABELS } from './provider/default-labels';
export type { BillingLabelKey, BillingLabels } from './provider/default-labels';
