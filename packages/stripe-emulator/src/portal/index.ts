/*
 * The hosted portal pages of the Stripe emulator.
 *
 * Wiring (in src/create-stripe-emulator.ts), with `context` the emulator's EmulatorContext:
 *
 *   app.route('/', createPortalPages({ context, businessName }));
 *
 * The pages answer `GET /p/session/:token` (the session URL) and the pages and form posts under
 * `/p/session/:token/...`. Session URLs are `<baseUrl>/p/session/<token>`.
 */
export { createPortalPages } from './create-portal-pages';
export type { PortalPagesOptions } from './create-portal-pages';
export { EMULATOR_LABEL } from './layout';
