import type Stripe from 'stripe';
import { checkUrl } from '../http/check-url';
import { StripeApiError } from '../http/stripe-error';
import type { flowDataParams } from '../params/portal-session-params';
import type { Infer } from '../params/schema';

type AfterCompletionInput = Infer<typeof flowDataParams>['after_completion'];
const PARAM = 'flow_data[after_completion]';

/**
 * The session's `flow.after_completion`, which is always present in the response (required in the
 * github.com/stripe/openapi `spec3` schema `portal_flows_flow`).
 * When the request leaves it out, the emulator answers `portal_homepage`: what Stripe fills in was
 * not found, so this is the emulator's choice. A `redirect` needs `redirect[return_url]` (a valid
 * URL); a sub-object for another type is refused (emulator's choice).
 */
export function toAfterCompletion(input: AfterCompletionInput): Stripe.BillingPortal.Session.Flow.AfterCompletion {
  if (!input) return { type: 'portal_homepage', hosted_confirmation: null, redirect: null };
  for (const key of ['hosted_confirmation', 'redirect'] as const) {
    if (input[key] !== undefined && input.type !== key) {
      throw new StripeApiError(`${PARAM}[${key}] can only be used when ${PARAM}[type] is ${key}.`, { param: `${PARAM}[${key}]` });
    }
  }
  switch (input.type) {
    case 'hosted_confirmation':
      return {
        type: input.type,
        hosted_confirmation: { custom_message: input.hosted_confirmation?.custom_message ?? null },
        redirect: null,
      };
    case 'redirect': {
      const url = input.redirect?.return_url;
      if (url === undefined) {
        throw new StripeApiError(`Missing required param: ${PARAM}[redirect][return_url].`, {
          code: 'parameter_missing',
          param: `${PARAM}[redirect][return_url]`,
        });
      }
      return {
        type: input.type,
        hosted_confirmation: null,
        redirect: { return_url: checkUrl(url, `${PARAM}[redirect][return_url]`) },
      };
    }
    case 'portal_homepage':
      return { type: input.type, hosted_confirmation: null, redirect: null };
  }
}
