/** Stripe's 47 portal locales, for validating the `locale` field. */
export const PORTAL_LOCALES = [
  'auto',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-IE',
  'en-IN',
  'en-NZ',
  'en-SG',
  'es',
  'es-419',
  'et',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'th',
  'tr',
  'vi',
  'zh',
  'zh-HK',
  'zh-TW',
] as const;

/**
 * A locale the Customer Portal speaks (`auto` lets Stripe pick from the customer and browser). Held to
 * the pinned SDK's `Locale` union by flows.test-d.ts, like the flows (see flows.ts).
 */
export type PortalLocale = (typeof PORTAL_LOCALES)[number];

/** True when `value` is one of Stripe's portal locales. */
export function isPortalLocale(value: unknown): value is PortalLocale {
  return typeof value === 'string' && (PORTAL_LOCALES as readonly string[]).includes(value);
}
