/**
 * Serialises a body that an Express parser already turned into a value, back into bytes of the
 * request's own content type, so the core reads and validates it exactly as it would the original.
 *
 * - `Buffer` (`express.raw()`) and `string` (`express.text()`) are the original bytes or text.
 * - A form (`express.urlencoded()`, with or without `extended`) becomes `a=1&items[0][id]=si_1` again:
 *   nested objects and arrays of objects get bracket paths, repeated fields (parsed into an array
 *   of strings) repeat, so a duplicate still reaches the core as a duplicate.
 * - Anything else (`express.json()`) is JSON.
 *
 * Whitespace and key order are not kept, so the size can differ from the original by formatting only.
 */
export function serializeParsedBody(body: unknown, contentType: string | null): string | Uint8Array {
  if (body instanceof Uint8Array || typeof body === 'string') return body;
  if (isFormContentType(contentType) && isObject(body)) return toFormBody(body);
  return JSON.stringify(body) ?? '';
}

function isFormContentType(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toFormBody(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) appendField(form, key, value);
  return form.toString();
}

function appendField(form: URLSearchParams, path: string, value: unknown): void {
  if (Array.isArray(value) && value.every((item) => !isObject(item))) {
    for (const item of value) form.append(path, String(item));
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) appendField(form, `${path}[${key}]`, item);
  } else if (value !== undefined) {
    form.append(path, String(value));
  }
}
