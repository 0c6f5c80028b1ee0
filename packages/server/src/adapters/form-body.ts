/**
 * Writes form fields back as a urlencoded body that parses to exactly the same fields, in the same
 * order, repeats included. It escapes only what a form body cannot carry as it is (`&`, `+`, `%`,
 * `=` in a name) and writes everything else raw, space as `+`, so it is never longer than a body
 * sent with those fields, unless that body had a `%` that starts no escape (kept as it is by
 * parsers, escaped here: Node's `URLSearchParams` misreads such a `%` next to an escape and a
 * non-ASCII character, e.g. `é%b%26`).
 *
 * Returns `null` when the fields cannot tell what was sent: a file, or U+FFFD, which is what both
 * bytes that are not UTF-8 (refused by the handler) and a valid `%EF%BF%BD` decode to.
 *
 * @example
 * formBodyOf([['flow', 'customer_update'], ['returnTo', '/a b&c']]); // 'flow=customer_update&returnTo=/a+b%26c'
 */
export function formBodyOf(fields: Iterable<[string, unknown]>): string | null {
  const pairs: string[] = [];
  for (const [name, value] of fields) {
    if (typeof value !== 'string' || name.includes('\uFFFD') || value.includes('\uFFFD')) return null;
    const escapedName = escapeForm(name).replace(/=/g, '%3D');
    // `name` alone parses as `name=`, and is shorter.
    pairs.push(value === '' && escapedName !== '' ? escapedName : `${escapedName}=${escapeForm(value)}`);
  }
  return pairs.join('&');
}

function escapeForm(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '&') out += '%26';
    else if (char === '+') out += '%2B';
    else if (char === ' ') out += '+';
    else if (char === '%') out += '%25';
    else out += char;
  }
  return out;
}
