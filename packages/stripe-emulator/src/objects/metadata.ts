/** `metadata` after an update: `null` clears it, a `null` value removes one key (Stripe's `""`). */
export function mergeMetadata(
  current: Record<string, string> | null,
  update: Record<string, string | null> | null | undefined,
): Record<string, string> {
  if (update === undefined) return current ?? {};
  if (update === null) return {};
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Validated `metadata` on create, where a `null` value (Stripe's `""`) simply sets nothing. */
export function metadataOnCreate(metadata: Record<string, string | null> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata ?? {}).filter((entry): entry is [string, string] => entry[1] !== null));
}
