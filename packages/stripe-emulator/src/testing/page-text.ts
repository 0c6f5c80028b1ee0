/* Reading the emulator's HTML the way a person (or a form) sees it, for the tests' assertions. */

/** The text of some HTML, tags dropped, entities decoded and whitespace collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of the page's `<h1>`. */
export function headingOf(html: string): string {
  return textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
}

/** The decoded `href` of the first link whose text is `text`, or null. */
export function linkHref(html: string, text: string): string | null {
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
    if (textOf(match[2] ?? '') === text) return attr(match[1] ?? '', 'href');
  }
  return null;
}

/** An attribute's decoded value in a tag's attribute text, or null. */
export function attr(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match ? decode(match[1] ?? '') : null;
}

/** The entities the pages use, decoded. */
export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&times;/g, '×')
    .replace(/&amp;/g, '&');
}
