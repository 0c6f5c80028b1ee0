import type Stripe from 'stripe';

/** Why a charge failed, as Stripe reports a card decline. */
export interface ChargeFailure {
  code: string;
  decline_code: string;
  message: string;
}

// Stripe's test cards whose charges fail (https://docs.stripe.com/testing#declined-payments):
// 4000000000000341 attaches to a customer but every charge is declined; 0002 and 9995 are refused
// at once by the card form, and fail the same way when a seed puts them on file.
const FAILING_VISA: Record<string, ChargeFailure> = {
  '0341': { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  '0002': { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  '9995': { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
};

/**
 * The outcome of charging `paymentMethod`: `null` when the charge goes through, else the decline.
 * No payment method at all fails too, as an invoice with nothing to charge does on Stripe.
 *
 * @example
 * chargeFailure(store.paymentMethods.get(customer.invoice_settings.default_payment_method)); // null for 4242
 */
export function chargeFailure(paymentMethod: Stripe.PaymentMethod | undefined): ChargeFailure | null {
  if (!paymentMethod?.card) {
    // Emulator's wording for an invoice whose customer has no payment method on file.
    return {
      code: 'invoice_no_payment_method',
      decline_code: 'no_payment_method',
      message: 'The customer has no payment method to charge.',
    };
  }
  if (paymentMethod.card.brand !== 'visa') return null;
  return FAILING_VISA[paymentMethod.card.last4] ?? null;
}
