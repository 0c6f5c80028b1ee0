import type { Context } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';
import { VISIT_TTL_SECONDS } from '../store/portal-sessions';

/** The cookie that lets one browser keep using a session after its single-use URL was opened. */
export const VISIT_COOKIE = 'portal_visit';

/**
 * The `Set-Cookie` value for a new visit, scoped to this one session's pages (`path` is
 * `/p/session/<token>`, which does not match any other token's path).
 *
 * - `HttpOnly`: the pages run no script, and nothing else should read it.
 * - `SameSite=Lax`, not `Strict`: the first page load is a cross-site navigation from the app, and
 *   Chrome withholds Strict cookies for the whole redirect chain that navigation starts, so the
 *   redirect from the session URL to its first page would arrive without the cookie. Lax still keeps
 *   it off cross-site form posts.
 * - `Secure` only over https, so the emulator keeps working on plain `http://127.0.0.1`.
 * - `Max-Age` matches the visit's lifetime; the server checks the visit against the emulator clock
 *   anyway, so a moved clock ends the visit even while the browser still holds the cookie.
 *
 * @example
 * response.headers.append('set-cookie', visitCookie(token, '/p/session/test_abc', url));
 */
export function visitCookie(visitToken: string, sessionPath: string, requestUrl: string): string {
  return generateCookie(VISIT_COOKIE, visitToken, {
    path: sessionPath,
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(requestUrl).protocol === 'https:',
    maxAge: VISIT_TTL_SECONDS,
  });
}

/** The visit token the browser sent, if any. */
export function readVisitCookie(c: Context): string | undefined {
  return getCookie(c, VISIT_COOKIE);
}
