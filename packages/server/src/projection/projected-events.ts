import type { WebhookEventType } from '../webhooks/types';

/**
 * The event types whose `data.object` the billing projection keeps, by the kind of object they carry.
 * `invoice.upcoming` is left out: its invoice is a preview without an ID.
 *
 * @example
 * PROJECTED_EVENTS.subscription.includes('customer.subscription.updated'); // true
 */
export const PROJECTED_EVENTS = {
  subscription: [
    'customer.subscription.created',
    'customer.subscription.updated',
    'customer.subscription.deleted',
    'customer.subscription.paused',
    'customer.subscription.resumed',
    'customer.subscription.pending_update_applied',
    'customer.subscription.pending_update_expired',
    'customer.subscription.trial_will_end',
  ],
  invoice: [
    'invoice.created',
    'invoice.updated',
    'invoice.finalized',
    'invoice.finalization_failed',
    'invoice.paid',
    'invoice.payment_succeeded',
    'invoice.payment_failed',
    'invoice.payment_action_required',
    'invoice.marked_uncollectible',
    'invoice.voided',
    'invoice.deleted',
    'invoice.overdue',
  ],
  customer: ['customer.created', 'customer.updated', 'customer.deleted'],
} as const satisfies Record<string, readonly WebhookEventType[]>;

/**
 * Every event type the billing projection handles.
 *
 * @example
 * const type: ProjectedEventType = 'invoice.paid';
 */
export type ProjectedEventType = (typeof PROJECTED_EVENTS)[keyof typeof PROJECTED_EVENTS][number];
