import { address, addressObject, arrayOf, emptyable, expand, listParams, metadata, object, string } from './schema';

// Accepted by Stripe on create and update, not modelled by the emulator (github.com/stripe/openapi
// `spec3` 2024-04-10, `POST /v1/customers`).
const UNSUPPORTED = [
  'balance',
  'cash_balance',
  'coupon',
  'invoice_prefix',
  'next_invoice_sequence',
  'promotion_code',
  'source',
  'tax',
  'tax_exempt',
  'tax_id_data',
  'test_clock',
  'business_name',
  'individual_name',
  'validate',
];

const shipping = () =>
  emptyable(
    object(
      {
        address: addressObject(),
        name: string(5000),
        phone: string(5000),
      },
      { required: ['address', 'name'] },
    ),
  );

const fields = {
  address: address(),
  description: string(5000),
  email: string(512),
  expand: expand(),
  invoice_settings: object(
    {
      default_payment_method: string(5000),
      footer: string(5000),
    },
    { unsupported: ['custom_fields', 'rendering_options'] },
  ),
  metadata: metadata(),
  name: string(256),
  phone: string(20),
  preferred_locales: arrayOf(string(5000)),
  shipping: shipping(),
};

/** `POST /v1/customers`. */
export const createCustomerParams = object({ ...fields, payment_method: string(5000) }, { unsupported: UNSUPPORTED });

/** `POST /v1/customers/{id}`. */
export const updateCustomerParams = object(fields, {
  unsupported: [
    ...UNSUPPORTED,
    'bank_account',
    'card',
    'default_alipay_account',
    'default_bank_account',
    'default_card',
    'default_source',
  ],
});

/** `GET /v1/customers`. */
export const listCustomerParams = object({ ...listParams(), email: string(512) }, { unsupported: ['created', 'test_clock'] });

/** `GET /v1/<resource>/{id}` and `DELETE /v1/customers/{id}`: only `expand`. */
export const retrieveParams = object({ expand: expand() });
