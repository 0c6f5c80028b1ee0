import { BillingError, REQUEST_LIMITS } from '@portalkit/protocol';
import { clipFieldName } from './request-field-rules';
import { isStripeId } from './stripe-id';

/** The one item of a `subscription_update_confirm` request, checked. */
export interface UpdateItem {
  id: string;
  price?: string;
  quantity?: number;
}

const ITEM_FIELDS = ['id', 'price', 'quantity'];

function invalid(param: string, message: string): BillingError {
  return new BillingError('INVALID_REQUEST', message, { param });
}

/**
 * Checks `items` for `subscription_update_confirm`: exactly one `{ id, price?, quantity? }`, since
 * Stripe confirms one item per flow. Form bodies carry `quantity` as text; JSON must send a number.
 */
export function parseUpdateItem(items: unknown, fromForm: boolean, allowedPrices: ReadonlySet<string> | undefined): UpdateItem {
  if (!Array.isArray(items) || items.length !== 1) {
    throw invalid(
      'items',
      'items must be a list of exactly one item { id, price?, quantity? }: Stripe confirms one item per flow.',
    );
  }
  const item: unknown = items[0];
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw invalid('items[0]', 'items[0] must be an object { id, price?, quantity? }.');
  }
  const fields = item as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !ITEM_FIELDS.includes(key));
  if (unknown !== undefined) {
    throw invalid(`items[0].${clipFieldName(unknown)}`, 'An item takes only id, price and quantity.');
  }
  const { id, price, quantity } = fields;
  if (!isStripeId(id, 'si_')) {
    throw invalid(
      'items[0].id',
      `items[0].id must be a subscription item ID (si_..., at most ${REQUEST_LIMITS.maxIdLength} characters).`,
    );
  }
  const parsed: UpdateItem = { id };
  if (price !== undefined) {
    if (!isStripeId(price, 'price_')) {
      throw invalid(
        'items[0].price',
        `items[0].price must be a price ID (price_..., at most ${REQUEST_LIMITS.maxIdLength} characters).`,
      );
    }
    checkAllowedPrice(price, allowedPrices);
    parsed.price = price;
  }
  if (quantity !== undefined) parsed.quantity = parseQuantity(quantity, fromForm);
  if (parsed.price === undefined && parsed.quantity === undefined) {
    throw invalid('items[0]', 'items[0] must change something: give price, quantity or both.');
  }
  return parsed;
}

function checkAllowedPrice(price: string, allowedPrices: ReadonlySet<string> | undefined): void {
  if (allowedPrices === undefined) {
    throw invalid(
      'items[0].price',
      'Customers may not pick a price here: list the prices they may pick in createPortalHandler({ allowedPrices }).',
    );
  }
  if (!allowedPrices.has(price)) throw invalid('items[0].price', 'items[0].price is not one of the prices customers may pick.');
}

function parseQuantity(value: unknown, fromForm: boolean): number {
  const quantity = fromForm && typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > REQUEST_LIMITS.maxQuantity) {
    throw invalid('items[0].quantity', `items[0].quantity must be a whole number from 1 to ${REQUEST_LIMITS.maxQuantity}.`);
  }
  return quantity;
}
