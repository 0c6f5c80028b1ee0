/** `T` with only the keys in `K`, member by member when `T` is a union (so a discriminated union stays one). */
export type PickFields<T, K extends PropertyKey> = T extends unknown ? Pick<T, Extract<keyof T, K>> : never;

/** `T` without the keys in `K`, member by member when `T` is a union. */
export type OmitFields<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Splits a component's props into the request fields the protocol lists (`REQUEST_FIELDS`,
 * `CHECKOUT_REQUEST_FIELDS`) and the rest, for the element. The types follow the protocol's request
 * type through the props, so a caller needs no cast; the one here is because TypeScript cannot follow
 * a loop over keys. @internal
 *
 * @example
 * const [request, rest] = splitProps(props, CHECKOUT_REQUEST_FIELDS); // request: { plan, quantity? }
 */
export function splitProps<T extends object, K extends string>(
  props: T,
  fields: readonly K[],
): [request: PickFields<T, K>, rest: OmitFields<T, K>] {
  const rest: Record<string, unknown> = Object.fromEntries(Object.entries(props));
  const request: Record<string, unknown> = {};
  // In the protocol's order, which is also the form's; JSON and the form leave out unset fields.
  for (const field of fields) {
    request[field] = rest[field];
    delete rest[field];
  }
  return [request, rest] as [PickFields<T, K>, OmitFields<T, K>];
}
