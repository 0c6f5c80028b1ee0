import { PORTAL_FLOWS, PORTAL_LOCALES } from '@portalkit/protocol';
import type { ArgTypes } from '@storybook/react-vite';

/** Hides the provider args from the Controls table: they are the story's plumbing, not the button's props. */
export const portalArgTypes: ArgTypes = Object.fromEntries(
  ['fetch', 'navigate', 'endpoint', 'headers', 'messages', 'labels'].map((name) => [name, { table: { disable: true } }]),
);

/*
 * react-docgen cannot read props declared as a union of object types, so the flow fields (typed per flow
 * in `PortalFlowProps`) are described here, in the same words as their TSDoc.
 */
export const flowArgTypes: ArgTypes = {
  flow: {
    description: 'The portal task (a deep link). Leave it out for the portal homepage.',
    control: 'select',
    options: PORTAL_FLOWS,
    table: { type: { summary: 'PortalFlow' }, defaultValue: { summary: 'the portal homepage' } },
  },
  subscription: {
    description:
      "The subscription (`sub_...`) to act on; required by `subscription_cancel`, `subscription_update`, `subscription_update_confirm` and `subscription_pause`. The server checks that it is the customer's.",
    control: 'text',
    table: { type: { summary: 'string' } },
  },
  items: {
    description:
      '`subscription_update_confirm` only, and required there: the one item to change, with its new price and/or quantity.',
    control: 'object',
    table: { type: { summary: 'readonly [{ id: string; price?: string; quantity?: number }]' } },
  },
  locale: { control: 'select', options: PORTAL_LOCALES },
  target: { control: 'inline-radio', options: ['_self', '_blank'] },
  children: { control: 'text' },
  // The stories' stylesheet class: styling plumbing, not part of the kit's API.
  className: { table: { disable: true } },
};

/*
 * The Checkout request's fields come from the protocol's `CheckoutSessionRequest`, which react-docgen does
 * not follow into; described here in the words of its TSDoc.
 */
export const checkoutArgTypes: ArgTypes = {
  plan: {
    description: "A key of the server's `plans` map, e.g. `'pro_monthly'`; the server maps it to a price.",
    control: 'text',
    table: { type: { summary: 'string' } },
  },
  quantity: {
    description: "Seats, for a plan whose quantity is adjustable, within its bounds. Defaults to the plan's minimum.",
    control: 'number',
    table: { type: { summary: 'number' }, defaultValue: { summary: "the plan's minimum" } },
  },
};
