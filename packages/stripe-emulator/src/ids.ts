const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A Stripe-looking object ID such as `cus_Qx3v9LmP0aZt2b`: the prefix, then 14 random base62
 * characters. Random (not sequential) so tests cannot come to depend on the order of creation.
 */
export function createId(prefix: string, length = 14): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  // 62 does not divide 256, so the modulo is very slightly biased; fine for IDs that are not secrets.
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${out}`;
}

/**
 * An unguessable secret for URLs and signing keys: 32 random bytes, base64url-encoded, behind a
 * prefix (`test_` for portal session tokens, `whsec_` for webhook secrets).
 */
export function createSecret(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `${prefix}${Buffer.from(bytes).toString('base64url')}`;
}
