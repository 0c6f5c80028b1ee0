/*
 * Every officially assigned ISO 3166-1 alpha-2 code: the values Stripe's `address.country` takes
 * ("Two-letter country code (ISO 3166-1 alpha-2)", https://docs.stripe.com/api/customers/object#customer_object-address-country).
 */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

/** A country a form offers: its code and English name. */
export interface Country {
  code: string;
  name: string;
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** The ISO 3166-1 alpha-2 countries, sorted by English name, for a country `<select>`. */
export const COUNTRIES: readonly Country[] = CODES.split(' ')
  .map((code) => ({ code, name: names.of(code) ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const KNOWN = new Set(CODES.split(' '));

/**
 * Whether `code` is one of {@link COUNTRIES}' codes (upper case, as Stripe stores them).
 *
 * @example
 * isCountryCode('GB'); // true
 * isCountryCode('UK'); // false: not an ISO 3166-1 code
 */
export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}

/** The English name of a country code, or the code itself when it is not one (a hand-seeded store). */
export function countryName(code: string): string {
  return isCountryCode(code) ? (names.of(code) ?? code) : code;
}
