/*
 * We never put a session URL into a log line on purpose. This is the belt to those braces: whatever
 * reaches the app's logger is scrubbed of anything shaped like one, in case a future Stripe message or
 * an app error quotes it.
 *
 * Every log line goes through here, including text a customer can influence (Stripe echoes request
 * values into its messages), so the work must stay linear in the length of the text. A regex such as
 * `/[^\s"']*\/p\/session\/[^\s"']*` is not: on a long run without separators it retries the leading
 * `*` from every position. Instead, a quantifier-free regex finds each marker (constant work per
 * position), and the URL around it is found by scanning left and right to a separator, never left of
 * where the last redaction ended, so each character is visited a bounded number of times.
 */

/*
 * The path of a portal session URL and of a Checkout Session's page, as Stripe
 * (`https://billing.stripe.com/p/session/test_...`, `https://checkout.stripe.com/c/pay/cs_test_...`) and the
 * emulator (`http://127.0.0.1:PORT/p/session/...`, `.../c/pay/...`) shape them, also percent-encoded (a URL
 * quoted inside a query string) or JSON-escaped (`\/`), in any letter case.
 */
const MARKER = /\/p\/session\/|%2fp%2fsession%2f|\\\/p\\\/session\\\/|\/c\/pay\/|%2fc%2fpay%2f|\\\/c\\\/pay\\\//gi;

/** What a scrubbed URL is replaced with. */
export const REDACTED_SESSION_URL = '[redacted session URL]';

/**
 * Replaces everything shaped like a portal or Checkout session URL in `text`, from the separator before it to the
 * separator after it (whitespace, quotes or angle brackets), with {@link REDACTED_SESSION_URL}. Runs in
 * time linear in `text.length`, whatever the text.
 *
 * @example
 * scrubSessionUrls('visited https://billing.stripe.com/p/session/test_YWNj then failed');
 * // 'visited [redacted session URL] then failed'
 */
export function scrubSessionUrls(text: string): string {
  const finder = MARKER;
  finder.lastIndex = 0;
  let scrubbed = '';
  let copiedUpTo = 0;
  for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
    let start = match.index;
    while (start > copiedUpTo && !isSeparator(text.charCodeAt(start - 1))) start -= 1;
    let end = match.index + match[0].length;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end += 1;
    scrubbed += text.slice(copiedUpTo, start) + REDACTED_SESSION_URL;
    copiedUpTo = end;
    finder.lastIndex = end;
  }
  return copiedUpTo === 0 ? text : scrubbed + text.slice(copiedUpTo);
}

/** The characters that end a URL in running text: what `\s` matches, quotes and angle brackets. */
function isSeparator(code: number): boolean {
  if (code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e) return true; // " ' < >
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
