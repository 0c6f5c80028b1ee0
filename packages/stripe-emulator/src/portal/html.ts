/**
 * Markup that is already safe to send: built by {@link html}, so every value in it was escaped on
 * the way in. The brand field keeps a plain `{ value: '<b>' }` from passing as safe.
 */
export interface SafeHtml {
  readonly __safeHtml: true;
  readonly value: string;
}

/** What may be interpolated into {@link html}: text (escaped), numbers, safe markup, lists of them. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values alike.
 *
 * @example
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

/**
 * A tagged template that escapes every interpolated value unless it is itself {@link SafeHtml}.
 * `null`, `undefined` and `false` render nothing, so `${cond && html`...`}` works; lists are joined.
 * Attribute values must still be quoted in the template (`value="${x}"`).
 *
 * @example
 * html`<p>Hello, ${customer.name}</p>`; // a name of `<script>` renders as text
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return safe(out);
}

/** Joins fragments into one. */
export function join(parts: readonly HtmlValue[]): SafeHtml {
  return safe(parts.map(render).join(''));
}

/** True when `value` came from {@link html}. */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as SafeHtml).__safeHtml === true;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isSafeHtml(value)) return value.value;
  return escapeHtml(String(value));
}

// The only way to mark a string safe, and it is not exported: callers cannot skip escaping.
function safe(value: string): SafeHtml {
  return { __safeHtml: true, value };
}
