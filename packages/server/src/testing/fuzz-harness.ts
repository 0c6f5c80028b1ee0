import type { PortalAnswer } from './check-portal-answer';
import { createFuzzSetups } from './fuzz-portal-setups';
import { toRequest } from './fuzz-request';
import { createRecordingStripe } from './recording-stripe';
import type { FuzzRequest } from './request-arbitraries';

/**
 * The fuzz suite's handlers on one recording Stripe and one log, and the way to send them a generated
 * request and get back everything it led to. One request at a time: each send forgets what the last
 * one recorded.
 *
 * @example
 * const { send } = createFuzzHarness();
 * const { answer, ms } = await send(fuzz);
 * expect(portalAnswerProblems(answer)).toEqual([]);
 */
export function createFuzzHarness() {
  const stripe = createRecordingStripe();
  const logLines: string[] = [];
  const setups = createFuzzSetups(stripe, logLines);
  // For a closing line: how many requests were sent, the slowest single try, and the slowest request once retried (CPU ms).
  const stats = { sent: 0, slowestTry: 0, slowest: 0, slowestRequest: undefined as FuzzRequest | undefined };

  /** Forgets the Stripe calls and log lines of the last request. */
  const forget = () => {
    stripe.reset();
    logLines.length = 0;
  };

  /** What the stub and the log recorded for `request`, and its response (which this reads). */
  const answerOf = async (
    request: Request,
    response: Response,
    customer: string | null,
    origins: Pick<PortalAnswer, 'postOrigins' | 'returnOrigins'>,
  ): Promise<PortalAnswer> => ({
    status: response.status,
    headers: response.headers,
    body: await response.text(),
    sessions: [...stripe.sessions],
    sessionUrls: [...stripe.sessionUrls],
    logLines: [...logLines],
    customer,
    origin: request.headers.get('origin'),
    fetchSite: request.headers.get('sec-fetch-site'),
    ...origins,
  });

  /**
   * Sends one generated request and collects what it led to, with the CPU time the handler took (in
   * ms): CPU time, not wall time, so a machine busy with other work does not make a request look slow.
   */
  const send = async (fuzz: FuzzRequest): Promise<{ answer: PortalAnswer; ms: number }> => {
    forget();
    const setup = setups[fuzz.setup]!;
    const request = toRequest(fuzz);
    const started = process.cpuUsage();
    const response = await setup.handler(request, { customer: fuzz.customer });
    const { user, system } = process.cpuUsage(started);
    const ms = (user + system) / 1000;
    stats.sent += 1;
    stats.slowestTry = Math.max(stats.slowestTry, ms);
    return { answer: await answerOf(request, response, fuzz.customer, setup), ms };
  };

  return { stripe, setups, stats, forget, answerOf, send };
}
