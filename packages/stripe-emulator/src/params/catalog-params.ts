import { arrayOf, boolean, listParams, object, oneOf, string } from './schema';

/*
 * Products, prices, payment methods and events: these tables follow Stripe's public API reference
 * (https://docs.stripe.com/api) for the filters the emulator can honour, and name the rest unsupported.
 */

/** `GET /v1/products`. */
export const listProductParams = object(
  { ...listParams(), active: boolean(), ids: arrayOf(string(5000)) },
  { unsupported: ['created', 'shippable', 'url'] },
);

/** `GET /v1/prices`. */
export const listPriceParams = object(
  {
    ...listParams(),
    active: boolean(),
    currency: string(),
    lookup_keys: arrayOf(string(5000)),
    product: string(5000),
    type: oneOf(['one_time', 'recurring']),
  },
  { unsupported: ['created', 'recurring'] },
);

/** `GET /v1/payment_methods` (a customer is needed: the emulator keeps no unattached ones). */
export const listPaymentMethodParams = object(
  { ...listParams(), customer: string(5000), type: string(5000) },
  { unsupported: ['allow_redisplay', 'customer_account'] },
);

/** `GET /v1/customers/{id}/payment_methods`. */
export const listCustomerPaymentMethodParams = object(
  { ...listParams(), type: string(5000) },
  { unsupported: ['allow_redisplay'] },
);

/** `GET /v1/events`. */
export const listEventParams = object(
  { ...listParams(), type: string(5000), types: arrayOf(string(5000)) },
  { unsupported: ['created', 'delivery_success'] },
);
