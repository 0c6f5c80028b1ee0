import { describe, expect, it } from 'vitest';
import { portalAnswerProblems, type PortalAnswer } from './check-portal-answer';
import { prototypeChanges, prototypeKeysChanged, prototypeSnapshot } from './prototype-snapshot';
import { SESSION_TOKEN_MARK } from './recording-stripe';

const SESSION_URL = `https://billing.stripe.com/p/session/${SESSION_TOKEN_MARK}000001`;
const SESSION = { customer: 'cus_alice', return_url: 'https://app.example.com/account' };

/** A right answer: a session for Alice, returning to the app. Each test below breaks one thing. */
function goodAnswer(change: Partial<PortalAnswer> = {}): PortalAnswer {
  return {
    status: 200,
    headers: new Headers({ 'cache-control': 'no-store', 'content-type': 'application/json' }),
    body: JSON.stringify({ url: SESSION_URL }),
    sessions: [SESSION],
    sessionUrls: [SESSION_URL],
    logLines: [],
    customer: 'cus_alice',
    origin: 'https://app.example.com',
    fetchSite: 'same-origin',
    postOrigins: new Set(['https://app.example.com']),
    returnOrigins: new Set(['https://app.example.com']),
    ...change,
  };
}

const refused = (status: number, error: unknown): Partial<PortalAnswer> => ({
  status,
  body: JSON.stringify({ error }),
  sessions: [],
  sessionUrls: [],
});

// The fuzz suite passes only when these find nothing; here each must find something, or the suite proves nothing.
describe('portalAnswerProblems: each promise it checks can fail', () => {
  it('finds nothing wrong with a right answer, or a right refusal', () => {
    expect(portalAnswerProblems(goodAnswer())).toEqual([]);
    expect(portalAnswerProblems(goodAnswer(refused(400, { code: 'INVALID_REQUEST', message: 'no', param: 'flow' })))).toEqual([]);
  });

  it.each<[string, Partial<PortalAnswer>, RegExp]>([
    ['a 5xx', refused(500, { code: 'INTERNAL_ERROR', message: 'boom' }), /answered 500/],
    ['a missing no-store', { headers: new Headers() }, /Cache-Control/],
    ['a status that is not its code’s', refused(404, { code: 'INVALID_REQUEST', message: 'no' }), /whose status is 400/],
    ['an unknown code', refused(400, { code: 'NOPE', message: 'no' }), /unknown code/],
    ['an error with more fields', refused(400, { code: 'INVALID_REQUEST', message: 'no', stripe: 'x' }), /beyond code/],
    [
      'a session for a refused request',
      { ...refused(403, { code: 'CROSS_SITE_REQUEST', message: 'no' }), sessions: [SESSION] },
      /created 1 session/,
    ],
    ['a session for another origin', { origin: 'https://evil.com' }, /cross-site request/],
    ['a session for Sec-Fetch-Site: cross-site', { fetchSite: 'cross-site' }, /cross-site request/],
    ['another customer', { customer: 'cus_bob' }, /while cus_bob is signed in/],
    [
      'a return URL on another origin',
      { sessions: [{ ...SESSION, return_url: 'https://evil.com/' }] },
      /leaves the allowed origins/,
    ],
    [
      'a return path starting with //',
      { sessions: [{ ...SESSION, return_url: 'https://app.example.com//evil.com' }] },
      /starting with \/\//,
    ],
    [
      'an after-completion URL starting with //',
      {
        sessions: [
          {
            ...SESSION,
            flow_data: {
              type: 'payment_method_update',
              after_completion: { type: 'redirect', redirect: { return_url: 'https://app.example.com/.//evil.com' } },
            },
          },
        ],
      },
      /after_completion.*starting with \/\//,
    ],
    [
      'someone else’s subscription',
      {
        sessions: [{ ...SESSION, flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: 'sub_bob' } } }],
      },
      /not cus_alice's/,
    ],
    ['a session URL in the log', { logLines: [`error Stripe said ${SESSION_URL}`] }, /log line holds a session URL/],
    [
      'part of a session token in the log',
      { logLines: [`error [redacted]${SESSION_URL.slice(-10)}`] },
      /log line holds a session URL/,
    ],
  ])('finds %s', (_case, change, problem) => {
    expect(portalAnswerProblems(goodAnswer(change))).toContainEqual(expect.stringMatching(problem));
  });
});

describe('prototypeChanges', () => {
  it('sees a property added to Object.prototype', () => {
    const before = prototypeSnapshot();
    Object.defineProperty(Object.prototype, 'fuzzControl', { value: 1, configurable: true });
    try {
      expect(prototypeChanges(before)).toEqual(['added Object.fuzzControl']);
      expect(prototypeKeysChanged(before)).toEqual(['added Object.fuzzControl']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).fuzzControl;
    }
    expect(prototypeChanges(before)).toEqual([]);
  });
});
