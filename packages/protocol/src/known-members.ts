/*
 * Stripe's string unions end in `string & Record<never, never>` so that new values do not break
 * old code. We want only the named members: the ones the pinned SDK version knows.
 */
export type KnownMembers<T> = T extends unknown ? (string extends T ? never : T) : never;
