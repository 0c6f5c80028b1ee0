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
  // For a closing line: how many requests were sent, and the slowest one (its wall time, or its CPU time when that was read).
  const stats = { sent: 0, slowest: 0, slowestRequest: undefined as FuzzRequest | undefined, slowestBy: '' };

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
   * Sends one generated request and collects what it led to, with the time the handler took, in ms:
   * wall time, which is cheap to read, or with `cpu` the process's CPU time, which a machine busy with
   * other work does not inflate (at about 30 µs a reading, for the few requests that look slow).
   */
  const send = async (fuzz: FuzzRequest, { cpu = false } = {}): Promise<{ answer: PortalAnswer; ms: number }> => {
    forget();
    const setup = setups[fuzz.setup]!;
    const request = toRequest(fuzz);
    const wallStart = performance.now();
    const cpuStart = cpu ? process.cpuUsage() : undefined;
    const response = await setup.handler(request, { customer: fuzz.customer });
    const used = cpuStart && process.cpuUsage(cpuStart);
    const ms = used ? (used.user + used.system) / 1000 : performance.now() - wallStart;
    stats.sent += 1;
    return { answer: await answerOf(request, response, fuzz.customer, setup), ms };
  };

  return { stripe, setups, stats, forget, answerOf, send };
}
