/*
 * STUB AUTHENTICATION, FOR THE DEMO ONLY.
 *
 * Anyone can sign in as any demo user by picking them from a list: there is no password. It stands in
 * for the app's real auth (a session library, an identity provider) and shows only the part the kit
 * relies on: the server knows who is signed in from a cookie the browser cannot forge, and maps that
 * user to a Stripe customer itself. The browser never sends a `cus_...` ID.
 */
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
   * How long a sign-in lasts, in seconds; the cookie carries its own expiry, which the signature covers.
   * @defaultValue `28800` (8 hours)
   */
  maxAgeSeconds?: number;
}

/** The stub's sign-in, sign-out and "who is this?" operations. */
export interface StubAuth {
  readonly users: readonly DemoUser[];
  /** The signed-in user, or null when the cookie is missing, expired, unknown or tampered with. */
  currentUser(request: Request): Promise<DemoUser | null>;
  /** The `getCustomerId` option of `createPortalHandler`. */
  getCustomerId(request: Request): Promise<string | null>;
  /** Signs `userId` in by setting the cookie; null when there is no such demo user. */
  signIn(c: Context, userId: string): Promise<DemoUser | null>;
  signOut(c: Context): void;
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

  const currentUser = async (request: Request): Promise<DemoUser | null> => {
    const header = request.headers.get('cookie');
    if (!header) return null;
    // `false` means the signature did not match: treat a tampered cookie exactly like no cookie.
    const value = (await parseSigned(header, secret, SESSION_COOKIE))[SESSION_COOKIE];
    if (!value) return null;
    const [userId = '', expires = ''] = value.split('|');
    if (!(Number(expires) > Math.floor(Date.now() / 1000))) return null;
    return byId.get(userId) ?? null;
  };

  return {
    users,
    currentUser,
    getCustomerId: async (request) => (await currentUser(request))?.customerId ?? null,
    async signIn(c, userId) {
      const user = byId.get(userId);
      if (!user) return null;
      const expires = Math.floor(Date.now() / 1000) + maxAge;
      await setSignedCookie(c, SESSION_COOKIE, `${user.id}|${expires}`, secret, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: '/',
        maxAge,
      });
      return user;
    },
    signOut(c) {
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
    },
  };
}
