import { StripeApiError } from './stripe-error';

/** A parsed form value: text, a list (`a[]=`) or a hash (`a[b]=`, `a[0]=`). */
export type FormValue = string | FormValue[] | FormObject;
/** The parsed parameters of one request. */
export interface FormObject {
  [key: string]: FormValue;
}

// Enough for any real request to the endpoints emulated here, small enough to refuse abuse cheaply.
const MAX_PAIRS = 2000;
const MAX_DEPTH = 8;
const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

/**
 * Parses Stripe's form encoding (used for POST bodies and GET/DELETE query strings) into nested
 * objects: `flow_data[type]=x` becomes `{ flow_data: { type: 'x' } }`, `expand[]=a` appends to a
 * list. Indexed keys (`items[0][id]`) stay hashes with numeric keys here; the validator turns them
 * into arrays where the schema expects one, so `metadata[0]=x` stays a hash.
 *
 * @example
 * parseForm('flow_data[subscription_update_confirm][items][0][id]=si_1&expand[]=configuration');
 * // { flow_data: { subscription_update_confirm: { items: { 0: { id: 'si_1' } } } }, expand: ['configuration'] }
 */
export function parseForm(text: string): FormObject {
  const root = hash();
  let count = 0;
  for (const [rawKey, value] of new URLSearchParams(text)) {
    if (++count > MAX_PAIRS)
      throw new StripeApiError(`Too many parameters: at most ${MAX_PAIRS} are accepted.`, { beforeExecution: true });
    const path = splitKey(rawKey);
    if (path.length > MAX_DEPTH) {
      throw new StripeApiError(`Invalid parameter ${rawKey}: nested more than ${MAX_DEPTH} levels deep.`, {
        param: rawKey,
        beforeExecution: true,
      });
    }
    assign(root, path, value, rawKey);
  }
  return root;
}

function splitKey(rawKey: string): string[] {
  const match = KEY.exec(rawKey);
  // A malformed key (`a[b`) is kept whole, so validation reports it as an unknown parameter.
  if (!match) return [rawKey];
  const rest = match[2] ? match[2].slice(1, -1).split('][') : [];
  return [match[1] as string, ...rest];
}

function assign(root: FormObject, path: string[], value: string, rawKey: string): void {
  let node: FormObject | FormValue[] = root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i] as string;
    const last = i === path.length - 1;
    if (Array.isArray(node)) {
      // `[]` appends, and only at the end of a key; anything after it is ambiguous.
      if (segment !== '' || !last) throw conflict(rawKey);
      node.push(value);
      return;
    }
    if (segment === '') throw conflict(rawKey);
    const next = path[i + 1];
    if (last) {
      if (typeof node[segment] === 'object') throw conflict(rawKey);
      node[segment] = value;
      return;
    }
    const existing: FormValue | undefined = node[segment];
    if (existing === undefined) {
      const created: FormObject | FormValue[] = next === '' ? [] : hash();
      node[segment] = created;
      node = created;
    } else if (typeof existing === 'string' || Array.isArray(existing) !== (next === '')) {
      throw conflict(rawKey);
    } else {
      node = existing;
    }
  }
}

// Null-prototype objects, so a key like `__proto__[x]` is just an unknown parameter, not pollution.
function hash(): FormObject {
  return Object.create(null) as FormObject;
}

// Emulator's choice of wording: Stripe's text for a key sent both as a value and as a hash is unknown.
function conflict(rawKey: string): StripeApiError {
  const param = rawKey.replace(/\[[^\]]*\]?$/, '') || rawKey;
  return new StripeApiError(`Invalid ${param}: it was sent both as a value and with nested keys, or with [] in the middle.`, {
    param,
    beforeExecution: true,
  });
}
