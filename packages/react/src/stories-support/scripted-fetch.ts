import { BillingError, type BillingErrorCode } from '@portalkit/protocol';
import { fn, type Mock } from 'storybook/test';

/** A portal URL shaped like Stripe's. Stories only hand it to a captured `navigate`, never to the browser. */
export const STORY_SESSION_URL = 'https://billing.stripe.com/p/session/test_story';

/** A Checkout Session URL shaped like Stripe's, for the checkout stories. */
export const STORY_CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_story';

/** One answer of the scripted server. */
export type ScriptedAnswer =
  /** 200 `{ url }`, as the handler answers a JSON request. */
  | { url: string }
  /**
   * Our error body `{ error: { code, message } }` with the code's status (and `Retry-After` when
   * given). `NETWORK_ERROR` is never sent by a server: the fetch rejects as a dropped connection does.
   */
  | { error: BillingErrorCode; message?: string; param?: string; retryAfter?: number }
  /** No answer until the request is aborted: the pending state, for as long as the story is open. */
  | { pending: true }
  /** Anything else, e.g. a proxy's HTML error page that is not our contract. */
  | { status: number; body: string; contentType?: string };

/** A `fetch` that answers from a script, with every call recorded for play functions. */
export type ScriptedFetch = Mock<typeof fetch>;

/**
 * A `fetch` for `BillingPortalProvider` that answers like the portal handler, so stories never call a
 * server. Answers are used in order; the last one repeats. Like the handler, it refuses anything but a
 * JSON `POST` (405, 415), so a kit bug shows up as an error story rather than a silent pass.
 *
 * @example
 * const fetch = scriptedFetch({ error: 'RATE_LIMITED', retryAfter: 30 }, { url: STORY_SESSION_URL });
 * <BillingPortalProvider fetch={fetch} navigate={fn()}>…</BillingPortalProvider>
 */
export function scriptedFetch(...answers: [ScriptedAnswer, ...ScriptedAnswer[]]): ScriptedFetch {
  const answerFor = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Counted from the recorded calls (this one included), which Storybook clears before each story,
    // so re-opening a story replays its script from the start.
    const answer = answers[Math.min(scripted.mock.calls.length - 1, answers.length - 1)]!;
    const request = toRequest(input, init);
    if (request.method !== 'POST')
      return errorResponse(new BillingError('METHOD_NOT_ALLOWED', 'Only POST creates a portal session.'));
    if (!request.headers.get('content-type')?.startsWith('application/json')) {
      return errorResponse(new BillingError('UNSUPPORTED_MEDIA_TYPE', 'Send the request as JSON.'));
    }
    if ('pending' in answer) return never(request.signal);
    if ('url' in answer) return Response.json({ url: answer.url });
    if ('status' in answer) {
      return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType ?? 'text/html' } });
    }
    // A dropped connection rejects with a TypeError, the same as the browser's fetch.
    if (answer.error === 'NETWORK_ERROR') throw new TypeError('Failed to fetch');
    return errorResponse(new BillingError(answer.error, answer.message ?? `Scripted ${answer.error}.`, answer));
  };
  const scripted: ScriptedFetch = fn(answerFor as typeof fetch).mockName('fetch');
  return scripted;
}

/** A request the kit sent, decoded for assertions. */
export interface PostedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/**
 * The requests a scripted fetch has received so far, with their JSON bodies parsed.
 *
 * @example
 * await expect(await postedRequests(args.fetch)).toEqual([expect.objectContaining({ body: { flow: 'customer_update' } })]);
 */
export async function postedRequests(fetchMock: ScriptedFetch): Promise<PostedRequest[]> {
  return Promise.all(
    fetchMock.mock.calls.map(async ([input, init]) => {
      const request = toRequest(input, init);
      const text = await request.text();
      return { url: request.url, method: request.method, headers: request.headers, body: text ? JSON.parse(text) : undefined };
    }),
  );
}

// Cloned, so reading it here never consumes the body the kit handed over.
function toRequest(input: RequestInfo | URL, init: RequestInit | undefined): Request {
  return new Request(input instanceof Request ? input.clone() : new URL(String(input), location.href), init);
}

// The handler's answer: the error's own wire form and status, and `Retry-After` when it has one.
function errorResponse(error: BillingError): Response {
  const headers = new Headers();
  if (error.retryAfter !== undefined) headers.set('retry-after', String(error.retryAfter));
  return Response.json(error.toJSON(), { status: error.status, headers });
}

function never(signal: AbortSignal): Promise<Response> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
