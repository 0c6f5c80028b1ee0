import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import { defaultConfiguration } from '../store/create-store';

/**
 * The configuration a new session uses: the one named, or the default. Without a default, Stripe's
 * test-mode message (observed in third-party logs, e.g. github.com/mozilla/fxa/issues/13245 for an
 * older wording); its HTTP status and code were not found, so 400 with no code
 * is the emulator's choice.
 */
export function sessionConfiguration(ctx: EmulatorContext, id: string | undefined): Stripe.BillingPortal.Configuration {
  if (id === undefined) {
    const configuration = defaultConfiguration(ctx.store);
    if (!configuration) {
      throw new StripeApiError(
        'No configuration provided and your test mode default configuration has not been created. Provide a configuration or create your default by saving your customer portal settings in test mode at https://dashboard.stripe.com/test/settings/billing/portal.',
      );
    }
    return configuration;
  }
  const configuration = ctx.store.portalConfigurations.get(id);
  if (!configuration) throw resourceMissing('configuration', id, 'configuration');
  // Emulator's choice: an inactive configuration cannot open new sessions.
  if (!configuration.active) throw new StripeApiError(`The configuration ${id} is not active.`, { param: 'configuration' });
  return configuration;
}

/** `return_url`, or the configuration's `default_return_url`, or the error Stripe gives for neither. */
export function sessionReturnUrl(configuration: Stripe.BillingPortal.Configuration, returnUrl: string | undefined): string {
  if (returnUrl !== undefined) return returnUrl;
  if (configuration.default_return_url) return configuration.default_return_url;
  throw new StripeApiError(
    'Your PortalConfiguration does not have a `default_return_url`, and you did not provide a `return_url`.',
  );
}
