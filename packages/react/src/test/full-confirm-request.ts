import type { PortalSessionRequest } from '@portalkit/protocol';

/**
 * A `subscription_update_confirm` with every field a component can send, for tests that check each one
 * reaches the wire unchanged: in the JSON body, or as the form's fields. The query string in `returnTo`
 * and the region in `locale` must survive too.
 */
export const fullConfirmRequest = {
  flow: 'subscription_update_confirm',
  subscription: 'sub_1',
  items: [{ id: 'si_1', price: 'price_pro', quantity: 2 }],
  returnTo: '/account?tab=billing',
  locale: 'pt-BR',
} as const satisfies PortalSessionRequest;

/** {@link fullConfirmRequest} as the form fields a component posts, in order (bracket notation for the item). */
export const fullConfirmFormFields = [
  ['flow', 'subscription_update_confirm'],
  ['subscription', 'sub_1'],
  ['items[0][id]', 'si_1'],
  ['items[0][price]', 'price_pro'],
  ['items[0][quantity]', '2'],
  ['returnTo', '/account?tab=billing'],
  ['locale', 'pt-BR'],
];
