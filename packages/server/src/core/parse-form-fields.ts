import { BillingError } from '@portalkit/protocol';
import { clipFieldName } from './request-field-rules';

type FormValue = string | FormRecord | FormValue[];
interface FormRecord {
  [key: string]: FormValue;
}

// `name`, `name[key]`, `name[0][key]`: the bracket notation HTML forms use for nested fields.
const FIELD_NAME = /^([^[\]]+)((?:\[[^[\]]+\])*)$/;
const MAX_DEPTH = 3;

/**
 * Turns a urlencoded form body into the same shape as the JSON body: `items[0][id]=si_1` becomes
 * `{ items: [{ id: 'si_1' }] }`. Values stay strings; the request parser converts them.
 *
 * A field given twice is refused rather than resolved, since "first wins" and "last wins" are both
 * guesses, and ambiguity is where smuggling hides.
 */
export function parseFormFields(body: string): Record<string, unknown> {
  const root: FormRecord = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    const match = FIELD_NAME.exec(name);
    const path = match ? [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]+)\]/g)].map((part) => part[1]!)] : [];
    if (path.length === 0 || path.length > MAX_DEPTH) {
      throw new BillingError('INVALID_REQUEST', 'A form field name is not of the form name or name[key].', {
        param: clipFieldName(name),
      });
    }
    let node = root;
    for (const [index, key] of path.entries()) {
      const existing = node[key];
      if (index === path.length - 1) {
        if (existing !== undefined) throw duplicate(name);
        node[key] = value;
      } else if (existing === undefined) {
        node = node[key] = Object.create(null) as FormRecord;
      } else if (typeof existing === 'object' && !Array.isArray(existing)) {
        node = existing;
      } else {
        throw duplicate(name);
      }
    }
  }
  return toArrays(root) as Record<string, unknown>;
}

function duplicate(name: string): BillingError {
  return new BillingError('INVALID_REQUEST', 'A form field appears more than once.', { param: clipFieldName(name) });
}

/** `{ 0: a, 1: b }` becomes `[a, b]`, so `items[0][id]` reads like JSON's `items: [{ id }]`. */
function toArrays(value: FormValue): FormValue {
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const key of keys) value[key] = toArrays(value[key]!);
  const isList = keys.length > 0 && keys.every((key, index) => key === String(index));
  return isList ? keys.map((key) => value[key]!) : value;
}
