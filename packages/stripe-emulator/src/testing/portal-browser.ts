/**
 * A minimal browser for tests of the portal pages: a cookie jar that honours `Path`, redirects
 * followed within the emulator (and stopped at the first one that leaves it), and form submission
 * from the HTML the page actually rendered, found by its button's name.
 */

/** One page load, after redirects within the emulator. */
export interface LoadedPage {
  status: number;
  /** The URL that answered (the last one in a redirect chain). */
  url: string;
  html: string;
  headers: Headers;
  /** Set when a redirect left the emulator (e.g. `after_completion.redirect`): where it pointed. */
  leftTo: string | null;
}

interface Cookie {
  name: string;
  value: string;
  path: string;
}

/** A cookie-keeping HTTP client scoped to one emulator origin. */
export interface PortalBrowser {
  open(url: string): Promise<LoadedPage>;
  /** Posts the form that holds the button named `button`, with its current fields plus `fields`. */
  submit(page: LoadedPage, button: string, fields?: Record<string, string>): Promise<LoadedPage>;
  /** The cookies the jar holds. */
  readonly cookies: readonly Cookie[];
}

/**
 * @example
 * const browser = createPortalBrowser(emulator.url);
 * const page = await browser.open(session.url);
 * const next = await browser.submit(page, 'Save payment method', { number: '4242 4242 4242 4242' });
 */
export function createPortalBrowser(origin: string): PortalBrowser {
  const jar: Cookie[] = [];
  const cookieHeader = (url: URL) =>
    jar
      .filter(
        (cookie) =>
          url.pathname === cookie.path || url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  const store = (headers: Headers, url: URL) => {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const [name = '', value = ''] = pair.split('=');
      const pathAttribute = attributes.find((a) => a.toLowerCase().startsWith('path='));
      const path = pathAttribute ? pathAttribute.slice(5) : url.pathname.replace(/\/[^/]*$/, '') || '/';
      const at = jar.findIndex((cookie) => cookie.name === name && cookie.path === path);
      if (at >= 0) jar.splice(at, 1);
      jar.push({ name, value, path });
    }
  };
  const request = async (target: string, init: RequestInit): Promise<LoadedPage> => {
    let url = new URL(target, origin);
    let response: Response;
    let hops = 0;
    for (;;) {
      const headers = new Headers(init.headers);
      const cookie = cookieHeader(url);
      if (cookie) headers.set('cookie', cookie);
      response = await fetch(url, { ...init, headers, redirect: 'manual' });
      store(response.headers, url);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || !location) break;
      const next = new URL(location, url);
      if (next.origin !== new URL(origin).origin) {
        return {
          status: response.status,
          url: url.href,
          html: await response.text(),
          headers: response.headers,
          leftTo: next.href,
        };
      }
      if (++hops > 10) throw new Error('Too many redirects');
      url = next;
      init = { method: 'GET' };
    }
    return { status: response.status, url: url.href, html: await response.text(), headers: response.headers, leftTo: null };
  };
  return {
    open: (url) => request(url, { method: 'GET' }),
    async submit(page, button, fields = {}) {
      const form = findForm(page.html, button);
      const body = new URLSearchParams({ ...form.fields, ...fields });
      return request(new URL(form.action, page.url).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
    },
    get cookies() {
      return jar;
    },
  };
}

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

function attr(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match ? decode(match[1] ?? '') : null;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&times;/g, '×')
    .replace(/&amp;/g, '&');
}
