import { inspect } from 'node:util';
import { createPortalHandler } from '../core/create-portal-handler';
import type { PortalHandlerOptions } from '../core/portal-handler-options';
import type { RecordingStripe } from './recording-stripe';

/** What the fuzzed handlers get as their second argument: who the app's auth says is signed in. */
export interface SignedIn {
  customer: string | null;
}

/** One handler as an app could set it up, with the origins it may send customers back to. */
export interface FuzzSetup {
  handler: (request: Request, context: SignedIn) => Promise<Response>;
  /** The origin of `returnUrl` and each of `allowedOrigins`: the only origins that may post. */
  postOrigins: ReadonlySet<string>;
  /** The only origins a return URL may point at: the origin of `returnUrl` and `returnOrigins`, by default `allowedOrigins`. */
  returnOrigins: ReadonlySet<string>;
}

type SetupOptions = Omit<PortalHandlerOptions<SignedIn>, 'stripe' | 'getCustomerId' | 'logger'>;

/*
 * Four set-ups that between them use every option: the minimal one, one with every policy (a second
 * origin, a port, IPv6, prices, a configuration function, after-completion choices, an audit hook that
 * fails, so its error is logged after the session exists), one whose default return URL has a query,
 * and one with return origins that may not post.
 */
const SETUPS: SetupOptions[] = [
  { returnUrl: 'https://app.example.com/account' },
  {
    returnUrl: 'https://app.example.com/account',
    allowedOrigins: ['https://marketing.example.com', 'http://localhost:3000', 'http://[::1]:8443'],
    allowedPrices: ['price_basic', 'price_pro'],
    configuration: ({ flow }) => (flow === 'subscription_cancel' ? 'bpc_winback' : undefined),
    afterCompletion: {
      subscription_cancel: { type: 'hosted_confirmation', message: 'See you soon.' },
      payment_method_update: { type: 'portal_homepage' },
    },
    locale: 'fr',
    retentionCoupon: 'WINBACK',
    discounts: [{ coupon: 'TEN_OFF' }],
    afterExpiration: { type: 'customer_login' },
    onSessionCreated: () => {
      throw new Error('the audit log is down');
    },
  },
  {
    returnUrl: 'http://localhost:3000/billing?from=portal',
    allowedOrigins: ['https://app.example.com'],
    configuration: 'bpc_fixed',
    onBehalfOf: 'acct_connected',
  },
  { returnUrl: 'https://app.example.com/account', returnOrigins: ['https://marketing.example.com', 'http://[::1]:8443'] },
];

const originsOf = (urls: readonly string[]) => new Set(urls.map((url) => new URL(url).origin));

/**
 * The fuzzed handlers, all on one recording Stripe, all logging into `logLines` (each line the
 * message and its context, printed in full) so a test can search what they logged.
 *
 * @example
 * const setups = createFuzzSetups(createRecordingStripe(), lines);
 * await setups[0]!.handler(request, { customer: 'cus_alice' });
 */
export function createFuzzSetups(stripe: RecordingStripe, logLines: string[]): FuzzSetup[] {
  const record = (level: string) => (message: string, context?: unknown) =>
    void logLines.push(`${level} ${message} ${inspect(context, { depth: 8, maxStringLength: null, maxArrayLength: null })}`);
  return SETUPS.map((options) => {
    const allowed = options.allowedOrigins ?? [];
    const handler = createPortalHandler<SignedIn>({
      ...options,
      stripe: stripe.client,
      getCustomerId: (_request, signedIn) => signedIn.customer,
      logger: { error: record('error'), warn: record('warn') },
    });
    return {
      handler,
      postOrigins: originsOf([options.returnUrl, ...allowed]),
      returnOrigins: originsOf([options.returnUrl, ...(options.returnOrigins ?? allowed)]),
    };
  });
}
