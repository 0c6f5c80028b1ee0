/*
 * The hosted portal pages of the Stripe emulator.
 *
 * Wiring (in src/create-stripe-emulator.ts), with `context` the emulator's EmulatorContext:
 *
 *   app.route('/', createPortalPages({ context, businessName: options.businessName }));
 *
 * (`createApiApp` does this with the `pages` it is given.) `context` supplies the store, clock,
 * sessions (consumeSession / getVisit / peek) and webhooks; the pages change state only through
 * src/actions, so every change sends its webhooks.
 *
 * The pages answer `GET /p/session/:token` (the session URL) and the pages and form posts under
 * `/p/session/:token/...`. Session URLs are `<baseUrl>/p/session/<token>`.
 */
export { createPortalPages } from './create-portal-pages';
export type { PortalPagesOptions } from './create-portal-pages';
export { EMULATOR_LABEL } from './layout';
