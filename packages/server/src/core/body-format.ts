/** How a request body is encoded, from its `Content-Type`. */
export type BodyFormat = 'json' | 'form' | 'none' | 'unsupported';

// What `fetch` and browsers send, byte for byte: these skip the general parse below.
const COMMON_TYPES = new Map<string, BodyFormat>([
  ['application/json', 'json'],
  ['application/json; charset=utf-8', 'json'],
  ['application/x-www-form-urlencoded', 'form'],
  ['application/x-www-form-urlencoded;charset=UTF-8', 'form'],
]);

/**
 * JSON (what `fetch` sends) or `application/x-www-form-urlencoded` (what a plain HTML form sends),
 * in UTF-8. `text/plain` and `multipart/form-data` are refused: nothing of ours sends them, and
 * `text/plain` is the classic way to smuggle a cross-site POST past CORS.
 */
export function bodyFormatOf(request: Request): BodyFormat {
  const header = request.headers.get('content-type');
  if (header === null) return 'none';
  const common = COMMON_TYPES.get(header);
  if (common !== undefined) return common;
  const [essence, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length);
  if (charset !== undefined && !['utf-8', 'utf8'].includes(charset.replace(/"/g, ''))) return 'unsupported';
  if (essence === 'application/json') return 'json';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  return 'unsupported';
}

/** True when the client would rather read an HTML page than JSON: a browser navigating, not `fetch`. */
export function prefersHtml(request: Request, format: BodyFormat): boolean {
  if (format === 'json') return false;
  return request.headers.get('accept')?.toLowerCase().includes('text/html') ?? false;
}

/**
 * True for a plain form post, which should be answered with a redirect. A form-encoded `fetch` that
 * asks for JSON only (`Accept: application/json`) gets `{ url }` instead: following a redirect to
 * Stripe would fail inside `fetch`.
 */
export function wantsRedirect(request: Request, format: BodyFormat): boolean {
  if (format !== 'form') return false;
  const accept = request.headers.get('accept')?.toLowerCase();
  return !accept?.includes('application/json') || accept.includes('text/html');
}
