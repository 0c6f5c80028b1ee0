import { StripeApiError, resourceMissing } from './stripe-error';

/** Pagination parameters shared by every list endpoint. */
export interface PageParams {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

/** Stripe's list envelope. */
export interface ListObject<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/**
 * One page of `items` (already filtered, newest first) as Stripe's list object. `limit` is 1 to 100,
 * 10 by default; the cursors name an object of the list (`resource_missing` otherwise).
 *
 * @example
 * paginate(customers, params, '/v1/customers', 'customer');
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  params: PageParams,
  url: string,
  noun: string,
): ListObject<T> {
  const limit = params.limit ?? 10;
  if (limit < 1 || limit > 100) {
    // Emulator's wording for the documented 1-100 range.
    throw new StripeApiError(`Invalid limit: must be between 1 and 100, got ${limit}.`, { param: 'limit' });
  }
  if (params.starting_after !== undefined && params.ending_before !== undefined) {
    throw new StripeApiError('You may only specify one of these parameters: ending_before, starting_after.', {
      param: 'ending_before',
    });
  }
  let start = 0;
  let end = items.length;
  if (params.starting_after !== undefined) {
    start = indexOf(items, params.starting_after, 'starting_after', noun) + 1;
    end = Math.min(items.length, start + limit);
  } else if (params.ending_before !== undefined) {
    end = indexOf(items, params.ending_before, 'ending_before', noun);
    start = Math.max(0, end - limit);
  } else {
    end = Math.min(items.length, limit);
  }
  const hasMore = params.ending_before !== undefined ? start > 0 : end < items.length;
  return { object: 'list', data: items.slice(start, end), has_more: hasMore, url };
}

function indexOf<T extends { id: string }>(items: readonly T[], id: string, param: string, noun: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw resourceMissing(noun, id, param);
  return index;
}
