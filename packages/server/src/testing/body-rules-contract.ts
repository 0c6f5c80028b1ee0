import { expect, it } from 'vitest';
import { SAME_ORIGIN } from './test-server';
import type { PortalHandler } from '../core/portal-handler-options';
import { BODY_CASES, bodyOf, type BodyCase } from './body-cases';
import type { FakeStripe } from './fake-stripe';
import { createTestHandler, HANDLER_URL } from './portal-test-kit';

/** A way an app mounts the portal: behind some body-reading middleware, or none. */
export interface BodySetup {
  name: string;
  /** Serves `portal` behind the setup's middleware; resolves to the portal's URL. */
  serve(portal: PortalHandler): Promise<string>;
  /**
   * Which bodies this setup may answer with `SERVER_MISCONFIGURED` instead of the handler's own
   * answer, because its middleware leaves nothing that proves the bytes sent. Leave it out for a
   * setup that must always give the handler's answer.
   */
  mayRefuse?: (body: BodyCase) => boolean;
  /** What that `SERVER_MISCONFIGURED` message must name: the middleware to move or change. */
  names?: RegExp;
  /**
   * True when the middleware itself answers some bodies before the route runs (a parser's own 400 or
   * 413, through the app's error handling, answered as `{ refusedBeforePortal }`); allowed only for a
   * body the handler refuses too.
   */
  answersFirst?: boolean;
}

/** An answer, shortened to what a client acts on: status, error code and field. */
interface Answer {
  summary: string;
  status: number;
  code?: string;
  message?: string;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  if (!(response.headers.get('content-type') ?? '').includes('json'))
    return { status: response.status, summary: String(response.status) };
  const body = JSON.parse(text) as { error?: { code: string; message: string; param?: string }; refusedBeforePortal?: unknown };
  if (body.refusedBeforePortal !== undefined) return { status: response.status, summary: `${response.status} by middleware` };
  const { code, message, param } = body.error ?? {};
  const summary = [response.status, code, param].filter((part) => part !== undefined).join(' ');
  return { status: response.status, summary, code, message };
}

/** The request a page of the app sends with `body`, for `fetch` or for the handler directly. */
function requestInit(body: BodyCase): RequestInit {
  const headers = { ...SAME_ORIGIN, 'content-type': body.contentType, ...body.headers };
  return { method: 'POST', headers, body: bodyOf(body), duplex: 'half', redirect: 'manual' } as RequestInit;
}

/** A session answer also says what Stripe was asked for, so a body that passed but changed on the way shows. */
function withSessionParams(answer: Answer, fake: FakeStripe): Answer {
  if (answer.status >= 400) return answer;
  return { ...answer, summary: `${answer.summary} ${JSON.stringify(fake.requestsTo('sessions').at(-1)?.body)}` };
}

/**
 * Declares the tests of an adapter keeping the handler's body rules whatever middleware read the
 * body first: for every body of {@link BODY_CASES} and every setup, the answer through the adapter
 * equals the handler's own answer to the same bytes (asked directly, so the reference follows the
 * core's rules as they are), or, where the setup allows it, is a `SERVER_MISCONFIGURED` that names
 * what to change, or a refusal by the middleware itself of a body the handler refuses too.
 *
 * @param fake - The fake Stripe of the calling block, from `useFakeStripe()`.
 */
export function itKeepsTheBodyRules(fake: () => FakeStripe, setups: readonly BodySetup[]): void {
  for (const setup of setups) {
    it(`${setup.name}: every body gets the handler's own answer${setup.mayRefuse ? ', or a setup error naming the middleware' : ''}`, async () => {
      const url = await setup.serve(createTestHandler(fake()));
      const reference = createTestHandler(fake());
      const wrong: string[] = [];
      for (const body of BODY_CASES) {
        const expected = withSessionParams(await answerOf(await reference(new Request(HANDLER_URL, requestInit(body)))), fake());
        const actual = withSessionParams(await answerOf(await fetch(url, requestInit(body))), fake());
        if (actual.summary === expected.summary) continue;
        const refusedByMiddleware =
          setup.answersFirst === true &&
          actual.summary.endsWith('by middleware') &&
          actual.status < 500 &&
          expected.status >= 400 &&
          expected.status < 500;
        const setupError =
          actual.code === 'SERVER_MISCONFIGURED' &&
          setup.mayRefuse?.(body) === true &&
          setup.names?.test(actual.message ?? '') === true;
        if (!refusedByMiddleware && !setupError) {
          wrong.push(
            `${body.name}: got ${actual.summary}${actual.message ? ` (${actual.message})` : ''}, the handler says ${expected.summary}`,
          );
        }
      }
      expect(wrong).toEqual([]);
    });
  }
}
