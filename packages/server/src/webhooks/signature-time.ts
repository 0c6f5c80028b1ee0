/**
 * The `t=` of a `Stripe-Signature` header, read exactly as stripe-node reads it (`parseHeader` in the
 * SDK's `src/Webhooks.ts`: the last `t=` entry, through `parseInt(value, 10)`). The SDK checks the
 * signature over `${t}.${body}` with that very number, so once it has verified the header this is the
 * time Stripe signed, not a value anyone could edit. `NaN` when there is none.
 *
 * @example
 * signedTimestamp('t=1761900000,v1=5257a8...'); // 1761900000
 */
export function signedTimestamp(header: string): number {
  let timestamp = Number.NaN;
  for (const item of header.split(',')) {
    const [key, value] = item.split('=');
    if (key === 't') timestamp = Number.parseInt(value ?? '', 10);
  }
  return timestamp;
}

/**
 * Why a verified signature's time is not acceptable, in words for the log, or `undefined` when it is
 * within `tolerance` seconds of `nowSeconds` either way. stripe-node refuses only old signatures
 * (`now - t > tolerance`); one dated in the future must be refused too, or a captured delivery signed
 * far ahead could be replayed until that time.
 *
 * @example
 * signatureTimeProblem(1000, 700, 300); // undefined
 * signatureTimeProblem(1000, 588, 300); // 'the signature is 412 s old, tolerance 300 s'
 */
export function signatureTimeProblem(nowSeconds: number, timestamp: number, tolerance: number): string | undefined {
  if (!Number.isFinite(timestamp)) return 'the signature has no usable timestamp';
  const age = nowSeconds - timestamp;
  if (age > tolerance)
    return `the signature is ${age} s old, tolerance ${tolerance} s (a replay, a long-delayed delivery, or a wrong clock here)`;
  if (-age > tolerance)
    return `the signature is dated ${-age} s in the future, tolerance ${tolerance} s (a replay, or a wrong clock here)`;
  return undefined;
}
