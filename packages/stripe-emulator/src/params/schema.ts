/*
 * A tiny schema language for Stripe's form parameters. Each endpoint's allowed parameters are copied
 * by hand from Stripe's OpenAPI spec (github.com/stripe/openapi, `spec3`), or the stripe@23.1.0 types
 * where the spec is older, into these tables, so the spec is never loaded at runtime, and the
 * validated result is typed from the table itself.
 */

/** A string, optionally limited in length or to a set of values. */
export interface StringSchema<V extends string = string> {
  readonly kind: 'string';
  readonly maxLength?: number;
  readonly values?: readonly V[];
}
/** An integer sent as decimal text. */
export interface IntegerSchema {
  readonly kind: 'integer';
}
/** `true` or `false`. */
export interface BooleanSchema {
  readonly kind: 'boolean';
}
/** Bracketed keys (`a[b]=1`), with a fixed set of properties. */
export interface ObjectSchema<P extends Record<string, ParamSchema> = Record<string, ParamSchema>, R extends keyof P = keyof P> {
  readonly kind: 'object';
  readonly properties: P;
  readonly required: readonly R[];
  /**
   * Names Stripe accepts here that the emulator does not model. They get a clear "not supported by
   * the emulator" error instead of `parameter_unknown`, so nobody mistakes the gap for Stripe's rule.
   */
  readonly unsupported: readonly string[];
}
/** `a[0]=x&a[1]=y` or `a[]=x&a[]=y`. */
export interface ArraySchema<I extends ParamSchema = ParamSchema> {
  readonly kind: 'array';
  readonly items: I;
}
/** Free-form keys such as `metadata[order_id]=42`. */
export interface MapSchema<V extends ParamSchema = ParamSchema> {
  readonly kind: 'map';
  readonly values: V;
  readonly maxKeyLength?: number;
}
/** Stripe's "emptyable" parameters: an empty string means "unset" and becomes `null`. */
export interface EmptyableSchema<S extends ParamSchema = ParamSchema> {
  readonly kind: 'emptyable';
  readonly inner: S;
}

/** Any parameter schema. */
export type ParamSchema =
  | StringSchema
  | IntegerSchema
  | BooleanSchema
  | ObjectSchema<any, any>
  | ArraySchema<any>
  | MapSchema<any>
  | EmptyableSchema<any>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The validated value a schema produces. */
export type Infer<S> =
  S extends StringSchema<infer V>
    ? V
    : S extends IntegerSchema
      ? number
      : S extends BooleanSchema
        ? boolean
        : S extends EmptyableSchema<infer I>
          ? Infer<I> | null
          : S extends ArraySchema<infer I>
            ? Infer<I>[]
            : S extends MapSchema<infer V>
              ? Record<string, Infer<V>>
              : S extends ObjectSchema<infer P, infer R>
                ? Simplify<
                    { [K in keyof P as K extends R ? K : never]: Infer<P[K]> } & {
                      [K in keyof P as K extends R ? never : K]?: Infer<P[K]>;
                    }
                  >
                : never;

/** A string of at most `maxLength` characters (Stripe's usual limit is 5000). */
export const string = (maxLength?: number): StringSchema =>
  maxLength === undefined ? { kind: 'string' } : { kind: 'string', maxLength };

/** One of `values`. */
export const oneOf = <const V extends string>(values: readonly V[]): StringSchema<V> => ({ kind: 'string', values });

export const integer = (): IntegerSchema => ({ kind: 'integer' });
export const boolean = (): BooleanSchema => ({ kind: 'boolean' });
export const arrayOf = <I extends ParamSchema>(items: I): ArraySchema<I> => ({ kind: 'array', items });
export const emptyable = <S extends ParamSchema>(inner: S): EmptyableSchema<S> => ({ kind: 'emptyable', inner });

/** An object with `properties`; `required` and `unsupported` name some of them. */
export function object<P extends Record<string, ParamSchema>, const R extends keyof P & string = never>(
  properties: P,
  options: { required?: readonly R[]; unsupported?: readonly string[] } = {},
  // NoInfer: nested in another table, the call would otherwise take `R` from the outer context (any).
): ObjectSchema<P, NoInfer<R>> {
  return { kind: 'object', properties, required: options.required ?? [], unsupported: options.unsupported ?? [] };
}

/** Stripe's `metadata`: up to 40-character keys, 500-character values; `""` clears it, or one key. */
export const metadata = () =>
  emptyable({ kind: 'map', values: emptyable(string(500)), maxKeyLength: 40 } satisfies MapSchema<EmptyableSchema<StringSchema>>);

/** `expand[]`, accepted by every endpoint. */
export const expand = () => arrayOf(string(5000));

/** What every list endpoint takes: the cursors, `limit`, and `expand[]`. Spread into its table. */
export const listParams = () => ({
  ending_before: string(5000),
  expand: expand(),
  limit: integer(),
  starting_after: string(5000),
});

/** Stripe's address fields, as a hash that must be given when its parent is (e.g. `shipping.address`). */
export const addressObject = () =>
  object({
    city: string(5000),
    country: string(5000),
    line1: string(5000),
    line2: string(5000),
    postal_code: string(5000),
    state: string(5000),
  });

/** Stripe's `address` hash (`""` clears it). */
export const address = () => emptyable(addressObject());
