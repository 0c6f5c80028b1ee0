import { REQUEST_LIMITS } from '@portalkit/protocol';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { hasRepeatedField, logicalFields, logicalForm, logicalJson, type LogicalField } from '../testing/logical-fields';
import { portalAnswerProblems, type PortalAnswer } from '../testing/check-portal-answer';
import { createFuzzHarness } from '../testing/fuzz-harness';
import { ALICE } from '../testing/portal-test-kit';
import { prototypeChanges, prototypeKeysChanged, prototypeSnapshot } from '../testing/prototype-snapshot';
import { fuzzRequest, type FuzzRequest } from '../testing/request-arbitraries';
import { assertProperty, fuzzSeed } from '../testing/run-property';
import { returnTarget } from '../testing/url-tricks';
import { createPortalHandler } from './create-portal-handler';

const REQUESTS = 10_000;
const FORM_AND_JSON_PAIRS = 2_000;
const RETURN_URLS = 2_000;
/*
 * Milliseconds per request, of CPU time, so a machine busy with other work does not fail the suite.
 * Generous: a request takes well under a millisecond here. It cannot be much higher and still mean
 * something: the 8 KiB body limit keeps every field short, so even quadratic work (a regex that
 * backtracks over a 5,000-character ID) costs only about 30 ms. A request over it by the clock is sent
 * 3 more times with its CPU time read, and fails only when slow every time: a garbage-collection pause
 * or a cold start passes, work that grows with the input does not. `FUZZ_SLOW_MS` raises the bound.
 */
const SLOW_REQUEST_MS = Number(process.env.FUZZ_SLOW_MS) || 20;

const { stripe, setups, stats, answerOf, send, forget } = createFuzzHarness();
const pristine = prototypeSnapshot();

/**
 * A request's time against the bound: its wall time when under it (wall time is at least the CPU
 * time), else the least CPU time of up to 3 more tries.
 */
async function settledTime(fuzz: FuzzRequest, wallMs: number): Promise<{ ms: number; by: string }> {
  if (wallMs <= SLOW_REQUEST_MS) return { ms: wallMs, by: 'by the clock' };
  let fastest = Number.POSITIVE_INFINITY;
  for (let tries = 0; tries < 3 && fastest > SLOW_REQUEST_MS; tries++)
    fastest = Math.min(fastest, (await send(fuzz, { cpu: true })).ms);
  return { ms: fastest, by: 'of CPU, the least of up to 3 tries' };
}

afterAll(() => {
  const { sent, slowest, slowestRequest: request, slowestBy } = stats;
  const body = request?.body ? `a ${request.body.kind} body of ${request.body.text.length} characters` : 'no body';
  console.info(
    `Fuzzed the portal handler with ${sent} requests, seed ${fuzzSeed()}; the slowest took ${slowest.toFixed(1)} ms ${slowestBy} (${request?.method} with ${body}).`,
  );
});

describe('createPortalHandler: generated requests', () => {
  // The log check below is only worth something if lines are captured: this one must be.
  it('captures what the handlers log', async () => {
    const { answer } = await send({
      setup: 0,
      customer: ALICE,
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.com' },
      body: { kind: 'json', text: '{}' },
      encoding: 'utf-8',
      declaredLength: 'exact',
    });
    expect(answer.status).toBe(403);
    expect(answer.logLines).toEqual([expect.stringContaining('https://evil.com')]);
  });

  it(`keeps every promise for ${REQUESTS} random requests`, async () => {
    await assertProperty(
      fc.asyncProperty(fuzzRequest(setups.length), async (fuzz) => {
        const { answer, ms } = await send(fuzz);
        const problems = portalAnswerProblems(answer);
        const time = await settledTime(fuzz, ms);
        if (time.ms > stats.slowest) Object.assign(stats, { slowest: time.ms, slowestRequest: fuzz, slowestBy: time.by });
        if (time.ms > SLOW_REQUEST_MS) problems.push(`took ${time.ms.toFixed(0)} ms ${time.by} (bound ${SLOW_REQUEST_MS} ms)`);
        // Added or removed keys after every request, so the request that did it is the counterexample; replaced ones at the end.
        problems.push(...prototypeKeysChanged(pristine));
        if (({} as Record<string, unknown>).polluted !== undefined) problems.push('({}).polluted is set');
        expect(problems, `answered ${answer.status}: ${answer.body.slice(0, 300)}`).toEqual([]);
      }),
      REQUESTS,
    );
    expect(prototypeChanges(pristine)).toEqual([]);
  }, 180_000);

  it(`answers a JSON body and the same fields as a form alike (${FORM_AND_JSON_PAIRS} pairs)`, async () => {
    // One after the other: `send` reads what the shared stub and log recorded for its request.
    const sendAs = (kind: 'json' | 'form', fields: LogicalField[], setup: number, escapeKeys: boolean) =>
      send({
        setup,
        customer: ALICE,
        method: 'POST',
        headers: {
          'content-type': kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
          origin: 'https://app.example.com',
          'sec-fetch-site': 'same-origin',
          // A form posted by `fetch` that asks for JSON is answered in JSON, so the two answers compare.
          accept: 'application/json',
        },
        body: { kind, text: kind === 'json' ? logicalJson(fields, escapeKeys) : logicalForm(fields) },
        encoding: 'utf-8',
        declaredLength: 'exact',
      });
    // A repeated field is named in each encoding's own notation (`items` or `items[0][id]`), so only its code must match.
    const outcome = ({ answer }: { answer: PortalAnswer }, repeated: boolean) => {
      const error =
        answer.status === 200 ? undefined : (JSON.parse(answer.body) as { error: { code: string; param?: string } }).error;
      return { status: answer.status, code: error?.code, param: repeated ? undefined : error?.param, sessions: answer.sessions };
    };
    const fitsLimit = (text: string) => new TextEncoder().encode(text).length <= REQUEST_LIMITS.maxBodyBytes;
    await assertProperty(
      fc.asyncProperty(logicalFields, fc.nat({ max: setups.length - 1 }), fc.boolean(), async (fields, setup, escapeKeys) => {
        // Form encoding is longer (`%252F` for `%2F`): a body only one of them fits is not the same request.
        fc.pre(fitsLimit(logicalJson(fields, escapeKeys)) && fitsLimit(logicalForm(fields)));
        const repeated = hasRepeatedField(fields);
        const json = outcome(await sendAs('json', fields, setup, escapeKeys), repeated);
        const form = outcome(await sendAs('form', fields, setup, escapeKeys), repeated);
        expect(form, `JSON ${logicalJson(fields, escapeKeys)}\nform ${logicalForm(fields)}`).toEqual(json);
      }),
      FORM_AND_JSON_PAIRS,
    );
  }, 120_000);

  it(`refuses at start-up a returnUrl that leads elsewhere (${RETURN_URLS} URLs)`, async () => {
    const absoluteTarget = returnTarget.map((target) => (target.startsWith('/') ? `https://app.example.com${target}` : target));
    await assertProperty(
      fc.asyncProperty(fc.oneof(returnTarget, absoluteTarget), async (returnUrl) => {
        let handler: ReturnType<typeof createPortalHandler>;
        try {
          handler = createPortalHandler({ stripe: stripe.client, getCustomerId: () => ALICE, returnUrl });
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          return;
        }
        // A flow, so the after-completion redirect is checked too; it goes to the default return URL.
        forget();
        const request = new Request('https://app.example.com/api/billing/portal', {
          method: 'POST',
          body: '{"flow":"payment_method_update"}',
          headers: { 'content-type': 'application/json' },
        });
        const origins = new Set([new URL(returnUrl).origin]);
        const answer = await answerOf(request, await handler(request), ALICE, { postOrigins: origins, returnOrigins: origins });
        expect(answer.status).toBe(200);
        expect(portalAnswerProblems(answer), `returnUrl ${JSON.stringify(returnUrl)}`).toEqual([]);
      }),
      RETURN_URLS,
    );
  }, 60_000);
});
