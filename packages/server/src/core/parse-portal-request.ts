import {
  BillingError,
  PORTAL_FLOWS,
  REQUEST_FIELDS,
  REQUEST_LIMITS,
  isPortalFlow,
  isPortalLocale,
  type PortalFlow,
  type PortalLocale,
} from '@portalkit/protocol';
import { parseUpdateItem, type UpdateItem } from './parse-update-item';
import { FLOW_SPECIFIC_FIELDS, clipFieldName, unknownFieldMessage } from './request-field-rules';
import { isStripeId } from './stripe-id';

/** A request that passed every check that needs no network call. */
export interface PortalRequest {
  /** `undefined` means the portal homepage. */
  flow: PortalFlow | undefined;
  subscription: string | undefined;
  item: UpdateItem | undefined;
  /** As sent; `resolveReturnTarget` decides whether it is allowed. */
  returnTo: string | undefined;
  locale: PortalLocale | undefined;
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(REQUEST_FIELDS);
const FLOW_FIELD_RULES = Object.entries(FLOW_SPECIFIC_FIELDS);

function invalid(param: string, message: string): BillingError {
  return new BillingError('INVALID_REQUEST', message, { param });
}

/**
 * Checks the fields of a request body (JSON, or a form already turned into the same shape) and
 * returns them typed. Every problem is a 400 `INVALID_REQUEST` whose `param` names the field.
 *
 * Unknown fields are refused by name rather than ignored: a client that sends `customer` or
 * `flow_data` is either confused or attacking, and both deserve a clear no.
 */
export function parsePortalRequest(
  body: unknown,
  fromForm: boolean,
  allowedPrices: ReadonlySet<string> | undefined,
): PortalRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BillingError('INVALID_REQUEST', 'The body must be an object such as {"flow":"payment_method_update"}.');
  }
  const fields = body as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(name)) {
      throw invalid(clipFieldName(name), unknownFieldMessage(name, REQUEST_FIELDS));
    }
  }
  const flow = parseFlow(fields.flow);
  for (const [name, flows] of FLOW_FIELD_RULES) {
    const wanted = flow !== undefined && flows.includes(flow);
    if (fields[name] !== undefined && !wanted) {
      const target = flow === undefined ? 'the portal homepage (no flow)' : `the ${flow} flow`;
      throw invalid(name, `${name} is not used by ${target}; only ${flows.join(', ')} take it.`);
    }
    if (fields[name] === undefined && wanted) throw invalid(name, `${name} is required by the ${flow} flow.`);
  }
  const subscription = fields.subscription;
  if (subscription !== undefined && !isStripeId(subscription, 'sub_')) {
    throw invalid(
      'subscription',
      `subscription must be a subscription ID (sub_..., at most ${REQUEST_LIMITS.maxIdLength} characters).`,
    );
  }
  const item = fields.items === undefined ? undefined : parseUpdateItem(fields.items, fromForm, allowedPrices);
  const { returnTo, locale } = fields;
  if (returnTo !== undefined && typeof returnTo !== 'string') {
    throw invalid('returnTo', 'returnTo must be a string: a path such as "/account" or an absolute URL.');
  }
  if (locale !== undefined && !isPortalLocale(locale)) {
    throw invalid('locale', 'locale must be one of Stripe\'s 47 portal locales, such as "auto", "en", "fr-CA" or "pt-BR".');
  }
  return { flow, subscription, item, returnTo, locale };
}

function parseFlow(flow: unknown): PortalFlow | undefined {
  if (flow === undefined || isPortalFlow(flow)) return flow;
  throw invalid('flow', `flow must be one of ${PORTAL_FLOWS.join(', ')}; leave it out for the portal homepage.`);
}
