import { gzipSync } from 'node:zlib';

/*
 * Bodies that a framework's body parser may read, drop, merge or reshape before the portal handler
 * sees them: each is sent as bytes, so the handler's answer to exactly these bytes is the reference.
 */

/** One request body as it goes over the wire. */
export interface BodyCase {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  /** Extra headers, e.g. `content-encoding`. */
  headers?: Record<string, string>;
  /** Sent in chunks without a `Content-Length`, as a streaming client does. */
  chunked?: boolean;
}

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (name: string, text: string, extra: Partial<BodyCase> = {}): BodyCase => ({
  name,
  contentType: JSON_TYPE,
  bytes: utf8(text),
  ...extra,
});
const form = (name: string, text: string, extra: Partial<BodyCase> = {}): BodyCase => ({
  name,
  contentType: FORM_TYPE,
  bytes: utf8(text),
  ...extra,
});

const VALID_JSON = '{"flow":"subscription_cancel","subscription":"sub_alice"}';
const VALID_FORM = 'flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][quantity]=4';
// Under 8 KiB once the whitespace is gone, over it as sent.
const PADDED_JSON = `{"flow":"customer_update",${' '.repeat(9 * 1024)}"returnTo":"/account"}`;
const PADDED_FORM = `flow=customer_update&${'&'.repeat(9 * 1024)}returnTo=/account`;

/** Every body the adapters are checked with, valid and not, JSON and form. */
export const BODY_CASES: readonly BodyCase[] = [
  json('valid JSON', VALID_JSON),
  json('valid JSON, chunked', VALID_JSON, { chunked: true }),
  form('valid form', VALID_FORM),
  form('valid form with escapes', 'flow=customer_update&returnTo=%2Faccount%3Ftab%3Dbilling%26q%3Da%2Bb%2525&locale=fr-CA'),
  form('empty form (the portal homepage)', ''),
  json('gzip JSON', '', { bytes: gzipSync(VALID_JSON), headers: { 'content-encoding': 'gzip' } }),
  form('gzip form', '', { bytes: gzipSync(VALID_FORM), headers: { 'content-encoding': 'gzip' } }),
  json('JSON padded past 8 KiB with whitespace', PADDED_JSON),
  json('JSON padded past 8 KiB with whitespace, chunked', PADDED_JSON, { chunked: true }),
  form('form padded past 8 KiB with empty fields', PADDED_FORM),
  form('form padded past 8 KiB with empty fields, chunked', PADDED_FORM, { chunked: true }),
  json('JSON with a repeated key', '{"flow":"customer_update","flow":"payment_method_update"}'),
  json('JSON with __proto__', '{"__proto__":{"flow":"customer_update"},"flow":"payment_method_update"}'),
  json('JSON with an unknown field', '{"flow":"payment_method_update","customer":"cus_bob"}'),
  form('form with __proto__[..]', '__proto__[flow]=customer_update&flow=payment_method_update'),
  form('form with flow[]=', 'flow[]=customer_update'),
  form(
    'form with sparse items[n]',
    'flow=subscription_update_confirm&subscription=sub_alice&items[5][id]=si_alice&items[5][quantity]=2',
  ),
  form('form with a repeated field', 'flow=customer_update&flow=payment_method_update'),
  form('form with a[b]=1&a=2', 'flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items=2'),
  form('form with an unknown field', 'flow=payment_method_update&customer=cus_bob'),
  form('form with more fields than qs takes', `flow=customer_update${'&x='.repeat(1001)}`),
  form('form nested deeper than qs takes', `returnTo${'[a]'.repeat(33)}=/account`),
  { name: 'text/plain', contentType: 'text/plain', bytes: utf8(VALID_JSON) },
  { name: 'application/octet-stream', contentType: 'application/octet-stream', bytes: utf8(VALID_FORM) },
];

/** The body as a `fetch` body: the bytes, or a stream of them in two chunks (no `Content-Length`). */
export function bodyOf(body: BodyCase): Uint8Array | ReadableStream<Uint8Array> {
  if (!body.chunked) return body.bytes;
  const half = Math.floor(body.bytes.byteLength / 2);
  const chunks = [body.bytes.subarray(0, half), body.bytes.subarray(half)];
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks.shift();
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}
