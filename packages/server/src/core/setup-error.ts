/** The kit's functions an app calls at start-up, whose options are checked there. */
export type SetupFunction =
  | 'createPortalHandler'
  | 'createCheckoutHandler'
  | 'createPortalLinkHandler'
  | 'createWebhookHandler'
  | 'createMemoryEventStore'
  | 'createPostgresEventStore'
  | 'toSqlClient'
  | 'createRedisEventStore'
  | 'createBillingProjection'
  | 'createBillingStateHandler'
  | 'createPostgresProjectionStore';

/**
 * The one shape of a setup mistake: a `TypeError` thrown when the app builds a handler or store (so a
 * wrong setup fails at boot, not when a customer clicks or Stripe delivers), named after the function
 * and saying how to fix it.
 *
 * @example
 * throw setupError('createWebhookHandler', 'pass secret, the endpoint\'s signing secret (whsec_...).');
 * // TypeError: createWebhookHandler(): pass secret, the endpoint's signing secret (whsec_...).
 */
export function setupError(fn: SetupFunction, message: string): TypeError {
  return new TypeError(`${fn}(): ${message}`);
}

/**
 * {@link setupError} for `createPortalHandler()`, whose option checks are spread over several files.
 *
 * @example
 * throw portalSetupError('pass getCustomerId, a function that returns the signed-in customer\'s Stripe ID.');
 */
export function portalSetupError(message: string): TypeError {
  return setupError('createPortalHandler', message);
}
