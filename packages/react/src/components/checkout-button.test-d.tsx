import type { ComponentProps } from 'react';
import { expectTypeOf, test } from 'vitest';
import type { BillingErrorCode, CheckoutSessionRequest } from '@portalkit/protocol';
import { checkoutMutationOptions } from '../hooks/checkout-mutation-options';
import { useCheckout } from '../hooks/use-checkout';
import { CheckoutButton } from './checkout-button';
import { CheckoutForm } from './checkout-form';

test('a plan is required; quantity is optional and a number', () => {
  // @ts-expect-error plan is required
  <CheckoutButton />;
  // @ts-expect-error plan is required
  <CheckoutForm />;
  <CheckoutButton plan="pro_monthly" />;
  <CheckoutForm plan="team" quantity={5} />;
  // @ts-expect-error quantity is a number
  <CheckoutButton plan="team" quantity="5" />;
});

test('what only the server decides cannot be passed', () => {
  // @ts-expect-error the price comes from the server's plans map
  <CheckoutButton plan="pro_monthly" price="price_123" />;
  // @ts-expect-error the Checkout handler takes no returnTo: success and cancel URLs are the server's
  <CheckoutButton plan="pro_monthly" returnTo="/account" />;
  // @ts-expect-error no flows in Checkout
  <CheckoutButton plan="pro_monthly" flow="payment_method_update" />;
});

test('native button props, the shared props and the ref pass through, but not type', () => {
  <CheckoutButton
    plan="pro"
    className="btn"
    target="_blank"
    prefetch="intent"
    asChild
    onClick={(event) => event.preventDefault()}
  />;
  // @ts-expect-error the button is always type="button"
  <CheckoutButton plan="pro" type="submit" />;
  // @ts-expect-error the form's button posts the form; it has no name of its own
  <CheckoutForm plan="pro" name="x" />;
  expectTypeOf<ComponentProps<typeof CheckoutButton>['ref']>().toEqualTypeOf<React.Ref<HTMLButtonElement> | undefined>();
});

test('renderError and onError get the error code, e.g. to offer the portal', () => {
  <CheckoutButton
    plan="pro"
    renderError={(error, { message }) => {
      expectTypeOf(error.code).toEqualTypeOf<BillingErrorCode>();
      return error.code === 'ALREADY_SUBSCRIBED' ? 'portal' : message;
    }}
    onError={(error) => expectTypeOf(error.retryable).toEqualTypeOf<boolean>()}
  />;
});

test('useCheckout and checkoutMutationOptions take the protocol request', () => {
  const checkout = useCheckout();
  expectTypeOf(checkout.open).parameter(0).toEqualTypeOf<CheckoutSessionRequest>();
  // @ts-expect-error open needs a plan
  checkout.open();
  expectTypeOf(checkout.error?.code).toEqualTypeOf<BillingErrorCode | undefined>();
  expectTypeOf(checkoutMutationOptions().mutationFn).parameter(0).toEqualTypeOf<CheckoutSessionRequest>();
});
