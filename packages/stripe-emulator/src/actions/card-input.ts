import { StripeApiError } from '../http/stripe-error';
import type { CardDetails } from '../objects/payment-method';

/**
 * What the portal's card form collects. Stripe's test numbers work, including the declining ones
 * (4000000000000002, 4000000000009995, 4000000000000069, 4000000000000127).
 *
 * @example
 * actions.updatePaymentMethod(customerId, { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2034, cvc: '123' });
 */
export interface CardInput {
  /** The card number; spaces and dashes are ignored. */
  number: string;
  exp_month: number;
  /** Four digits, or two (`29` means 2029). */
  exp_year: number;
  cvc: string;
  name?: string | null;
  postal_code?: string | null;
  /** The billing country (ISO 3166-1 alpha-2), as Checkout's card form asks for it. */
  country?: string | null;
}

// Stripe's documented test cards that fail on purpose, so the form's error path can be exercised.
const DECLINES: Record<string, { code: string; decline_code?: string; message: string }> = {
  '4000000000000002': { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  '4000000000009995': { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000000000000069': { code: 'expired_card', message: 'Your card has expired.' },
  '4000000000000127': { code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
};

/**
 * Checks a card like Stripe's card form (Luhn, expiry against emulator time, CVC) and returns its
 * brand and last four digits. Failures are `card_error`s (HTTP 402) with Stripe's codes and texts.
 *
 * @example
 * readCard({ number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2034, cvc: '123' }, clock.now());
 */
export function readCard(input: CardInput, now: number): CardDetails {
  const number = input.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(number) || !luhn(number))
    throw cardError('incorrect_number', 'Your card number is incorrect.', 'number');
  if (!Number.isInteger(input.exp_month) || input.exp_month < 1 || input.exp_month > 12) {
    throw cardError('invalid_expiry_month', "Your card's expiration month is invalid.", 'exp_month');
  }
  const year = input.exp_year < 100 ? 2000 + input.exp_year : input.exp_year;
  const today = new Date(now * 1000);
  const expired = year < today.getUTCFullYear() || (year === today.getUTCFullYear() && input.exp_month < today.getUTCMonth() + 1);
  if (!Number.isInteger(year) || expired)
    throw cardError('invalid_expiry_year', "Your card's expiration year is invalid.", 'exp_year');
  const brand = brandOf(number);
  if (!(brand === 'amex' ? /^\d{4}$/ : /^\d{3}$/).test(input.cvc))
    throw cardError('invalid_cvc', "Your card's security code is invalid.", 'cvc');
  const decline = DECLINES[number];
  if (decline) throw cardError(decline.code, decline.message, undefined, decline.decline_code);
  return { brand, last4: number.slice(-4), exp_month: input.exp_month, exp_year: year, funding: 'credit', country: 'US' };
}

function brandOf(number: string): string {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(number)) return 'discover';
  if (/^35/.test(number)) return 'jcb';
  if (/^3(0[0-5]|[68])/.test(number)) return 'diners';
  return 'unknown';
}

function luhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i += 1) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function cardError(code: string, message: string, param?: string, declineCode?: string): StripeApiError {
  return new StripeApiError(message, { type: 'card_error', status: 402, code, param, decline_code: declineCode });
}
