import { listParams, object, oneOf, string } from './schema';

/** `GET /v1/invoices`, from the stripe@23.1.0 `InvoiceListParams`. */
export const listInvoiceParams = object(
  {
    ...listParams(),
    customer: string(5000),
    status: oneOf(['draft', 'open', 'paid', 'uncollectible', 'void']),
    subscription: string(5000),
  },
  { unsupported: ['collection_method', 'created', 'customer_account', 'due_date'] },
);

/** `GET /v1/invoices/{id}/lines`. */
export const listInvoiceLineParams = object(listParams());
