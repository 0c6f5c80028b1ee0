import { attr, decode, textOf } from './page-text';

/**
 * The `<form>` whose submit button is named `button` (inside it, or outside it with `form="<id>"`):
 * its action and its fields' current values, as a browser would post them.
 */
export function findForm(html: string, button: string): { action: string; fields: Record<string, string> } {
  const owner = [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].find(
    (b) => textOf(b[2] ?? '') === button && attr(b[1] ?? '', 'form') !== null,
  );
  const ownerId = owner ? attr(owner[1] ?? '', 'form') : null;
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [, attributes = '', inner = ''] = match;
    const buttons = [...inner.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)].map((b) => textOf(b[1] ?? ''));
    if (ownerId === null ? !buttons.includes(button) : attr(attributes, 'id') !== ownerId) continue;
    return { action: decode(attr(attributes, 'action') ?? ''), fields: fieldsOf(inner) };
  }
  throw new Error(`No form with a button named "${button}" on this page.`);
}

function fieldsOf(inner: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of inner.matchAll(/<input\b([^>]*)>/g)) {
    const attrs = input[1] ?? '';
    const name = attr(attrs, 'name');
    if (name === null) continue;
    const type = attr(attrs, 'type') ?? 'text';
    if ((type === 'radio' || type === 'checkbox') && !/\schecked\b/.test(attrs)) continue;
    fields[name] = attr(attrs, 'value') ?? '';
  }
  for (const select of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(select[1] ?? '', 'name');
    const options = [...(select[2] ?? '').matchAll(/<option\b([^>]*)>/g)].map((o) => o[1] ?? '');
    const chosen = options.find((o) => /\sselected\b/.test(o)) ?? options[0];
    if (name !== null) fields[name] = chosen === undefined ? '' : (attr(chosen, 'value') ?? '');
  }
  for (const area of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(area[1] ?? '', 'name');
    if (name !== null) fields[name] = decode(area[2] ?? '');
  }
  return fields;
}
