/*
 * STUB AUTHENTICATION, FOR THE DEMO ONLY.
 *
 * Anyone can sign in as any demo user by picking them from a list: there is no password. It stands in
 * for the app's real auth (a session library, an identity provider) and shows only the part the kit
 * relies on: the server knows who is signed in from a cookie the browser cannot forge, and maps that
 * user to a Stripe customer itself. The browser never sends a `cus_...` ID.
 *
 * Sessions live on the server: the cookie carries only a random session ID (signed), so signing out
 * ends the session for every copy of the cookie, not only in the browser that signed out. They last
 * as long as the process: a restart signs everyone out.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, setSignedCookie } from 'hono/cookie';
import { parseSigned } from 'hono/utils/cookie';

/** A demo user and the Stripe customer the app's database would map them to. */
export interface DemoUser {
  /** The app's own user ID, the only thing the cookie holds. */
  id: string;
  customerId: string;
  name: string;
  email: string | null;
}

export interface StubAuthOptions {
  users: readonly DemoUser[];
  /** The key that signs the cookie (HMAC-SHA256). At least 32 characters. */
  secret: string;
  /** Mark the cookie `Secure`; true when the app is served over https. */
  secure: boolean;
  /**
   * How long a sign-in lasts, in seconds; the server ends the session then, whatever the cookie says.
   * @defaultValue `28800` (8 hours)
   */
  maxAgeSeconds?: number;
}

/** The stub's sign-in, sign-out and "who is this?" operations. */
export interface StubAuth {
  readonly users: readonly DemoUser[];
  /** The signed-in user, or null when the cookie is missing, tampered with, or names a session that expired or was signed out. */
  currentUser(request: Request): Promise<DemoUser | null>;
  /** The `getCustomerId` option of `createPortalHandler`. */
  getCustomerId(request: Request): Promise<string | null>;
  /** Signs `userId` in by setting the cookie; null when there is no such demo user. */
  signIn(c: Context, userId: string): Promise<DemoUser | null>;
  /** Ends the request's session on the server (any copy of its cookie stops working) and clears the cookie. */
  signOut(c: Context): Promise<void>;
}

/** The cookie's name. */
export const SESSION_COOKIE = 'demo_session';

/**
 * Creates the stub auth over a fixed list of users.
 *
 * @example
 * const auth = createStubAuth({ users, secret: process.env.DEMO_COOKIE_SECRET!, secure: false });
 * createPortalHandler({ stripe, getCustomerId: auth.getCustomerId, returnUrl });
 */
export function createStubAuth(options: StubAuthOptions): StubAuth {
  const { users, secret, secure } = options;
  if (secret.length < 32) throw new Error('createStubAuth: pass a cookie secret of at least 32 characters.');
  const maxAge = options.maxAgeSeconds ?? 8 * 60 * 60;
  const byId = new Map(users.map((user) => [user.id, user]));
  /** Live sessions by ID: who, and until when (unix seconds). */
  const sessions = new Map<string, { userId: string; expires: number }>();
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  const sessionIdOf = async (request: Request): Promise<string | null> => {
    const header = request.headers.get('cookie');
    if (!header) return null;
    // `false` means the signature did not match: treat a tampered cookie exactly like no cookie.
    const value = (await parseSigned(header, secret, SESSION_COOKIE))[SESSION_COOKIE];
    return typeof value === 'string' && value !== '' ? value : null;
  };

  const currentUser = async (request: Request): Promise<DemoUser | null> => {
    const id = await sessionIdOf(request);
    const session = id === null ? undefined : sessions.get(id);
    if (!id || !session) return null;
    if (!(session.expires > nowSeconds())) {
      sessions.delete(id);
      return null;
    }
    return byId.get(session.userId) ?? null;
  };

  return {
    users,
    currentUser,
    getCustomerId: async (request) => (await currentUser(request))?.customerId ?? null,
    async signIn(c, userId) {
      const user = byId.get(userId);
      if (!user) return null;
      const now = nowSeconds();
      // Forget sessions that ended unseen, so sign-ins cannot grow the map without bound.
      for (const [id, session] of sessions) if (session.expires <= now) sessions.delete(id);
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, { userId: user.id, expires: now + maxAge });
      await setSignedCookie(c, SESSION_COOKIE, id, secret, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: '/',
        maxAge,
      });
      return user;
    },
    async signOut(c) {
      const id = await sessionIdOf(c.req.raw);
      if (id) sessions.delete(id);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
    },
  };
}
