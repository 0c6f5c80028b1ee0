import { BillingError } from '@portalkit/protocol';
import { findDuplicateJsonKey } from './find-duplicate-json-key';
import { clipFieldName } from './request-field-rules';

/**
 * Parses a JSON body. A key that an object repeats, at any depth, is refused like a repeated form
 * field: `JSON.parse` keeps the last, while a gateway or a logger in front of us may read the first,
 * so the request it checked would not be the one we act on.
 *
 * @example
 * parseJsonBody('{"flow":"payment_method_update"}'); // { flow: 'payment_method_update' }
 * parseJsonBody('{"flow":"customer_update","flow":"payment_method_update"}'); // throws, param 'flow'
 */
export function parseJsonBody(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BillingError('INVALID_REQUEST', 'The body is not valid JSON.');
  }
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate !== undefined) {
    throw new BillingError('INVALID_REQUEST', 'A JSON key appears more than once in the same object.', {
      param: clipFieldName(duplicate),
    });
  }
  return value;
}
