/** The card form's fields that a card error can point at. */
export type CardFormField = 'number' | 'expiry' | 'cvc' | 'name';

/**
 * The form field behind a card error's `param`: the actions name Stripe's parameters, and the forms
 * have one expiry field for month and year.
 *
 * @example
 * cardFieldOf('exp_year'); // 'expiry'
 */
export function cardFieldOf(param: string | undefined): CardFormField | null {
  if (param === 'number' || param === 'cvc' || param === 'name') return param;
  if (param === 'exp_month' || param === 'exp_year') return 'expiry';
  return null;
}

/**
 * Reads an expiry typed as `MM / YY`, `MM/YY`, `MM/YYYY` or `MMYY`.
 *
 * @example
 * parseExpiry('12 / 40'); // { month: 12, year: 40 }
 */
export function parseExpiry(text: string): { month: number; year: number } | null {
  const match = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { month, year: Number(match[2]) } : null;
}
