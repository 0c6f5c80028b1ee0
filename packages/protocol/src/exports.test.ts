import { expect, it } from 'vitest';
import * as protocol from './index';

// A change to this list is a change to the public API: make it on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(protocol).sort()).toMatchInlineSnapshot(`
    [
      "BILLING_ERROR_CODES",
      "BillingError",
      "CHECKOUT_REQUEST_FIELDS",
      "DEFAULT_CHECKOUT_ENDPOINT",
      "DEFAULT_PORTAL_ENDPOINT",
      "ERROR_CODES",
      "PORTAL_FLOWS",
      "PORTAL_LOCALES",
      "REQUEST_FIELDS",
      "REQUEST_LIMITS",
      "SUBSCRIPTION_FLOWS",
      "errorFromResponse",
      "isBillingError",
      "isBillingErrorCode",
      "isBillingVersionAfter",
      "isPortalFlow",
      "isPortalLocale",
      "isSubscriptionFlow",
      "parseBillingStateResponse",
      "parsePortalResponse",
    ]
  `);
});
