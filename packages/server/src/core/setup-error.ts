/**
 * The error `createPortalHandler()` throws for a wrong option: at start-up, so a wrong setup fails when
 * the app boots, not when a customer clicks. The message says how to fix it.
 *
 * @example
 * throw setupError('pass getCustomerId, a function that returns the signed-in customer\'s Stripe ID.');
 */
export function setupError(message: string): TypeError {
  return new TypeError(`createPortalHandler(): ${message}`);
}
