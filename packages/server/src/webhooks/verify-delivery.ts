import { isBillingError } from '@portalkit/protocol';
import type Stripe from 'stripe';
import { readRawBody } from './read-raw-body';
import type { ResolvedWebhookOptions } from './resolve-webhook-options';
import { signatureTimeProblem, signedTimestamp } from './signature-time';
import { HANDLER_FAILED, WebhookRefusal, refusedDelivery } from './webhook-refusal';

const VERIFICATION_FAILED = 'Webhook signature verification failed.';

/**
 * Reads the delivery's exact bytes, verifies `Stripe-Signature` over them with the SDK, checks the
 * signature's time both ways, and returns the event. Throws a {@link WebhookRefusal} saying why not.
 *
 * @example
 * const event = await verifyDelivery(request, resolvedOptions);
 */
export async function verifyDelivery(request: Request, options: ResolvedWebhookOptions): Promise<Stripe.Event> {
  const { stripe, secret, tolerance, maxBodyBytes } = options;
  if (request.method !== 'POST') {
    throw new WebhookRefusal('METHOD_NOT_ALLOWED', 'Stripe delivers webhooks with POST.', { headers: { Allow: 'POST' } });
  }
  if (request.bodyUsed) {
    throw new WebhookRefusal('INTERNAL_ERROR', HANDLER_FAILED, {
      log: {
        level: 'error',
        message:
          'the webhook body was already read before createWebhookHandler saw it; mount the webhook route before any body parser.',
      },
    });
  }
  const body = await readRawBody(request, maxBodyBytes).catch((error: unknown) => {
    // An adapter could not give back the bytes sent (a body parser ran first): a setup error that says what to change.
    if (isBillingError(error)) {
      throw new WebhookRefusal('INTERNAL_ERROR', HANDLER_FAILED, { log: { level: 'error', message: error.message } });
    }
    throw refusedDelivery(
      'INVALID_REQUEST',
      'The request body could not be read.',
      'the body could not be read (connection closed?).',
    );
  });
  if (body === null) {
    throw refusedDelivery(
      'PAYLOAD_TOO_LARGE',
      `The body is larger than ${maxBodyBytes} bytes.`,
      `the body is larger than maxBodyBytes (${maxBodyBytes}).`,
    );
  }
  if (body.byteLength === 0) {
    throw refusedDelivery('INVALID_REQUEST', 'The request body is empty.', 'the body is empty (did a body parser consume it?).');
  }

  const header = request.headers.get('stripe-signature') ?? '';
  let event: unknown;
  try {
    event = await stripe.webhooks.constructEventAsync(body, header, secret, tolerance);
  } catch (error) {
    throw refusedDelivery('INVALID_REQUEST', VERIFICATION_FAILED, describeRefusal(error, header, tolerance));
  }
  // Only now is `t` known to be the one Stripe signed: the SDK verified the signature over it.
  const timeProblem = signatureTimeProblem(Math.floor(Date.now() / 1000), signedTimestamp(header), tolerance);
  if (timeProblem !== undefined) throw refusedDelivery('INVALID_REQUEST', VERIFICATION_FAILED, timeProblem);
  if (!isEvent(event)) {
    throw refusedDelivery('INVALID_REQUEST', 'The body is not a Stripe event.', 'the signed body has no event id or type.');
  }
  return event;
}

/*
 * What the log may say about a refused signature. The SDK's verification messages are fixed strings,
 * but a JSON parse error quotes the body, so only our own words are used for anything else.
 */
function describeRefusal(error: unknown, header: string, tolerance: number): string {
  if (error instanceof Error && (error as { type?: unknown }).type === 'StripeSignatureVerificationError') {
    const reason = error.message.split('\n')[0] ?? 'signature verification failed';
    // The SDK checks the time only after a signature matched, so this `t` is verified too.
    if (reason.startsWith('Timestamp outside the tolerance zone')) {
      return signatureTimeProblem(Math.floor(Date.now() / 1000), signedTimestamp(header), tolerance) ?? reason;
    }
    // The usual cause in a working setup: a body parser re-serialised the JSON before this handler.
    return reason.startsWith('No signatures found matching')
      ? `${reason} Check the secret, and that no body parser (e.g. express.json()) runs before this route.`
      : reason;
  }
  if (error instanceof SyntaxError) return 'the body is correctly signed but is not JSON';
  return 'the body is correctly signed but is not a snapshot event (a thin event sent to this endpoint?)';
}

function isEvent(value: unknown): value is Stripe.Event {
  const event = value as Partial<Stripe.Event> | null;
  return typeof event === 'object' && event !== null && typeof event.id === 'string' && typeof event.type === 'string';
}
