import { findForm } from './find-form';
import { linkHref } from './page-text';

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
  /** Follows the link named `link` on the page, as a click on it would. */
  follow(page: LoadedPage, link: string): Promise<LoadedPage>;
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
    follow(page, link) {
      const href = linkHref(page.html, link);
      if (href === null) throw new Error(`No link named "${link}" on this page.`);
      return request(new URL(href, page.url).href, { method: 'GET' });
    },
    get cookies() {
      return jar;
    },
  };
}

export { findForm } from './find-form';
export { headingOf, linkHref, textOf } from './page-text';
