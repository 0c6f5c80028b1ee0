/*
 * Stripe's string unions end in `string & Record<never, never>` so that new values do not break
 * old code. We want only the named members: the ones the pinned SDK version knows.
 */
export type KnownMembers<T> = T extends unknown ? (string extends T ? never : T) : never;

/** `true` when `A` and `B` are the same union, `false` otherwise. */
export type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when `T` is `true`: a type-level assertion that leaves nothing at run time. */
export type Assert<T extends true> = T;
