import type { HonoRequest } from 'hono';
import { formBodyOf } from './form-body';
import { refusingBody } from './refusing-body';

const encoder = new TextEncoder();
const MOVE_OR_READ_BYTES =
  'Read it with c.req.arrayBuffer() or c.req.parseBody() instead, or mount this route before that middleware.';

/**
 * The body a middleware already read through Hono (`c.req.json()`, `parseBody()`, `formData()`,
 * `validator()`...), given back as the client sent it, for a request whose stream is used up.
 *
 * Hono keeps what each reader returned. The bytes (`arrayBuffer()`, `blob()`, `bytes()`, and
 * `parseBody()` and the form validator, which read them first) are the body itself. Text (`text()`,
 * `json()` and the JSON validator) and a form (`formData()`) are the body decoded: the same fields in
 * the same order, repeats included, which the handler then checks again. Decoded, they cannot show
 * how long the body was, so they are used only under a declared `Content-Length`, which the handler
 * checks before reading (the text, and the form as {@link formBodyOf} writes it, are never longer
 * than the body sent). Otherwise the body refuses to be read, with a `SERVER_MISCONFIGURED` error
 * that says what to change.
 */
export async function cachedBodyAsSent(req: HonoRequest): Promise<Uint8Array | ReadableStream<Uint8Array>> {
  const cache = req.bodyCache;
  const bytes = (await settled(cache.arrayBuffer)) ?? (await settled((await settled(cache.blob))?.arrayBuffer()));
  if (bytes !== undefined) return new Uint8Array(bytes);
  // A reader that failed (`formData()` on a JSON body) still used the stream up: its cache entry rejects.
  const text = await settled(cache.text);
  const form = text === undefined ? await settled(cache.formData) : undefined;
  if (text === undefined && form === undefined) {
    return refusingBody(
      "A middleware read the request body before this route, and Hono's body cache holds nothing that shows the bytes sent " +
        `(it was read with c.req.raw, or by a reader that failed, or only as parsed JSON). ${MOVE_OR_READ_BYTES}`,
    );
  }
  const reader = text === undefined ? 'c.req.formData()' : 'c.req.json() or c.req.text()';
  if (!hasDeclaredLength(req.raw.headers)) {
    return refusingBody(
      `A middleware read the body with ${reader} before this route, and without a Content-Length the decoded body cannot show how large the one sent was. ${MOVE_OR_READ_BYTES}`,
    );
  }
  const written = text ?? formBodyOf(form!);
  const body = encoder.encode(written ?? '');
  // Text is never longer than the bytes it came from (bad bytes aside, which the handler refuses
  // anyway). A form written back can be, after a bare `%`, or can hold what cannot show what was sent
  // (a file, U+FFFD): then the declared length no longer vouches for it.
  if (written === null || (form !== undefined && body.byteLength > Number(req.raw.headers.get('content-length')))) {
    return refusingBody(
      `A middleware read the form with ${reader} before this route, and it cannot be written back as it was sent. ${MOVE_OR_READ_BYTES}`,
    );
  }
  return body;
}

/** What a cached body reader resolved to, or `undefined` if there is none or it failed. */
async function settled<T>(value: T | Promise<T> | undefined): Promise<T | undefined> {
  try {
    return await value;
  } catch {
    return undefined;
  }
}

function hasDeclaredLength(headers: Headers): boolean {
  const length = headers.get('content-length');
  return length !== null && /^\d+$/.test(length) && !headers.has('transfer-encoding');
}
