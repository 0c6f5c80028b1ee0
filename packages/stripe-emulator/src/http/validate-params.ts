import type { Infer, ObjectSchema, ParamSchema } from '../params/schema';
import type { FormObject, FormValue } from './parse-form';
import { StripeApiError } from './stripe-error';

/**
 * Checks parsed parameters against an endpoint's table and returns them typed: integers and booleans
 * converted, `""` turned into `null` where Stripe allows unsetting, indexed hashes turned into arrays.
 * Throws Stripe's errors, reporting the parameter in bracket notation (`flow_data[type]`).
 *
 * @example
 * const params = validateParams(parseForm(body), portalSessionParams);
 */
export function validateParams<S extends ObjectSchema<any, any>>(input: FormObject, schema: S): Infer<S> {
  // The result is only as typed as the table it was checked against; the cast states that.
  return checkObject(input, schema, '') as never;
}

function check(value: FormValue, schema: ParamSchema, path: string): unknown {
  if (schema.kind === 'emptyable') return value === '' ? null : check(value, schema.inner, path);
  if (value === '') throw invalidEmpty(path);
  switch (schema.kind) {
    case 'string': {
      if (typeof value !== 'string') throw invalid(path, `Invalid string: ${path} must be a string, not a hash or an array.`);
      if (schema.values && !schema.values.includes(value))
        throw invalid(path, `Invalid ${path}: must be one of ${list(schema.values)}`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        // Stripe's wording for this is "Invalid string: <value>; must be at most N characters".
        throw invalid(path, `Invalid string: ${preview(value)}; must be at most ${schema.maxLength} characters`);
      }
      return value;
    }
    case 'integer': {
      if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value)) {
        throw new StripeApiError(`Invalid integer: ${preview(value)}`, {
          code: 'parameter_invalid_integer',
          param: path,
          beforeExecution: true,
        });
      }
      return Number(value);
    }
    case 'boolean': {
      if (value === 'true' || value === 'false') return value === 'true';
      // Emulator's choice: Stripe's exact text for a bad boolean was not confirmed.
      throw invalid(path, `Invalid boolean: ${preview(value)}`);
    }
    case 'array': {
      const items = toArray(value, path);
      return items.map((item, index) => check(item, schema.items, `${path}[${index}]`));
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) throw invalid(path, 'Invalid hash');
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (schema.maxKeyLength !== undefined && key.length > schema.maxKeyLength) {
          throw invalid(path, `Invalid key: ${preview(key)} must be a string under ${schema.maxKeyLength} characters`);
        }
        out[key] = check(item, schema.values, `${path}[${key}]`);
      }
      return out;
    }
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) throw invalid(path, 'Invalid hash');
      return checkObject(value, schema, path);
  }
}

function checkObject(input: FormObject, schema: ObjectSchema<any, any>, path: string): Record<string, unknown> {
  const name = (key: string) => (path ? `${path}[${key}]` : key);
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(schema.properties, key)) continue;
    if (schema.unsupported.includes(key)) {
      throw invalid(
        name(key),
        `The Stripe emulator does not support ${name(key)} on this endpoint (Stripe does). Remove it, or run this request against Stripe in test mode.`,
      );
    }
    throw new StripeApiError(`Received unknown parameter: ${name(key)}`, {
      code: 'parameter_unknown',
      param: name(key),
      beforeExecution: true,
    });
  }
  for (const key of schema.required as readonly string[]) {
    if (input[key] === undefined) {
      throw new StripeApiError(`Missing required param: ${name(key)}.`, {
        code: 'parameter_missing',
        param: name(key),
        beforeExecution: true,
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    out[key] = check(value, schema.properties[key] as ParamSchema, name(key));
  }
  return out;
}

// `a[0]=x&a[1]=y` arrives as a hash with numeric keys; `a[]=x` as a list.
function toArray(value: FormValue, path: string): FormValue[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.keys(value)
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => value[key] as FormValue);
  }
  throw invalid(path, 'Invalid array');
}

function invalidEmpty(path: string): StripeApiError {
  return new StripeApiError(
    `You passed an empty string for '${path}'. We assume empty values are an attempt to unset a parameter; however '${path}' cannot be unset. You should remove '${path}' from your request or supply a non-empty value.`,
    { code: 'parameter_invalid_empty', param: path, beforeExecution: true },
  );
}

function invalid(param: string, message: string): StripeApiError {
  return new StripeApiError(message, { param, beforeExecution: true });
}

function list(values: readonly string[]): string {
  if (values.length <= 2) return values.join(' or ');
  return `${values.slice(0, -1).join(', ')}, or ${values.at(-1)}`;
}

function preview(value: FormValue): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
