import { mutationOptions } from './stryker-options.mjs';

/* The server's security files: return targets, origin, body reading, field rules, ownership, logger,
 * Stripe error mapping, and the webhook handler and its store. */
const core = [
  'resolve-return-target',
  'parse-http-url',
  'check-request-origin',
  'read-body',
  'read-stream-at-most',
  'body-format',
  'parse-portal-request',
  'parse-form-fields',
  'parse-update-item',
  'request-field-rules',
  'check-ownership',
  'safe-logger',
  'map-stripe-error',
].map((name) => `packages/server/src/core/${name}.ts`);
const webhooks = ['create-webhook-handler', 'memory-event-store'].map((name) => `packages/server/src/webhooks/${name}.ts`);

export default mutationOptions('server', [...core, ...webhooks]);
