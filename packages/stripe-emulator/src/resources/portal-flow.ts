import { PORTAL_FLOWS } from '@portalkit/protocol';
import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError } from '../http/stripe-error';
import type { flowDataParams } from '../params/portal-session-params';
import type { Infer } from '../params/schema';
import { toAfterCompletion } from './portal-after-completion';
import { checkCancelFlow, checkSubscriptionFlow, checkUpdateConfirmFlow } from './portal-flow-subscription';

type FlowInput = Infer<typeof flowDataParams>;
type FlowType = FlowInput['type'];
type Flow = Stripe.BillingPortal.Session.Flow;
type Configuration = Stripe.BillingPortal.Configuration;

/** The configuration feature each flow needs. */
const FEATURE: Record<FlowType, keyof Configuration['features']> = {
  customer_update: 'customer_update',
  payment_method_update: 'payment_method_update',
  subscription_cancel: 'subscription_cancel',
  subscription_pause: 'subscription_pause',
  subscription_update: 'subscription_update',
  subscription_update_confirm: 'subscription_update',
};

/**
 * Checks `flow_data` against the store and the configuration and returns the session's `flow`, which
 * echoes the type, its sub-object (the other types' are null) and `after_completion`.
 *
 * Where no public source says what Stripe does, these are the emulator's choices (see the README), each with a plausible
 * Stripe-style `invalid_request_error`: the sub-object of the chosen type is required and those of
 * other types are refused; a flow whose feature the configuration disables is refused; the flows
 * refuse canceled subscriptions. Who owns the subscription is deliberately NOT checked: no evidence
 * says Stripe checks it, so an app must check ownership itself, and this emulator will not hide a
 * missing check.
 */
export function checkFlow(ctx: EmulatorContext, input: FlowInput, configuration: Configuration): Flow {
  const flow: Flow = {
    type: input.type,
    after_completion: toAfterCompletion(input.after_completion),
    customer_update: null,
    subscription_cancel: null,
    subscription_pause: null,
    subscription_update: null,
    subscription_update_confirm: null,
  };
  for (const other of PORTAL_FLOWS) {
    if (other !== input.type && other in input) {
      throw new StripeApiError(`flow_data[${other}] can only be used when flow_data[type] is ${other}.`, {
        param: `flow_data[${other}]`,
      });
    }
  }
  const feature = FEATURE[input.type];
  if (!configuration.features[feature].enabled) {
    throw new StripeApiError(
      `The ${input.type} flow cannot be used because features[${feature}][enabled] is false on the portal configuration ${configuration.id}.`,
      { param: 'flow_data[type]' },
    );
  }
  switch (input.type) {
    case 'customer_update':
      flow.customer_update = {};
      break;
    case 'payment_method_update':
      break;
    case 'subscription_cancel':
      flow.subscription_cancel = checkCancelFlow(ctx, required(input.subscription_cancel, input.type));
      break;
    case 'subscription_pause':
      flow.subscription_pause = {
        subscription: checkSubscriptionFlow(ctx, required(input.subscription_pause, input.type), input.type).id,
      };
      break;
    case 'subscription_update':
      flow.subscription_update = {
        subscription: checkSubscriptionFlow(ctx, required(input.subscription_update, input.type), input.type).id,
      };
      if ((configuration.features.subscription_update.products ?? []).length === 0) {
        throw new StripeApiError(
          `The subscription_update flow needs products: features[subscription_update][products] is empty on the portal configuration ${configuration.id}.`,
          { param: 'flow_data[type]' },
        );
      }
      break;
    case 'subscription_update_confirm':
      flow.subscription_update_confirm = checkUpdateConfirmFlow(
        ctx,
        required(input.subscription_update_confirm, input.type),
        configuration,
      );
      break;
  }
  return flow;
}

function required<T>(value: T | undefined, type: FlowType): T {
  if (value === undefined) {
    throw new StripeApiError(`Missing required param: flow_data[${type}].`, {
      code: 'parameter_missing',
      param: `flow_data[${type}]`,
    });
  }
  return value;
}
