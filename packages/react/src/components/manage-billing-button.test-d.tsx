import type { ComponentProps } from 'react';
import { expectTypeOf, test } from 'vitest';
import { ManageBillingButton } from './manage-billing-button';
import { ManageBillingForm } from './manage-billing-form';

test('a flow without required fields needs nothing else', () => {
  <ManageBillingButton />;
  <ManageBillingButton flow="payment_method_update" />;
  <ManageBillingButton flow="customer_update" returnTo="/account" locale="de" />;
});

test('a subscription flow needs subscription', () => {
  // @ts-expect-error subscription is required for subscription_cancel
  <ManageBillingButton flow="subscription_cancel" />;
  // @ts-expect-error subscription is required for subscription_update
  <ManageBillingButton flow="subscription_update" />;
  // @ts-expect-error subscription is required for subscription_pause
  <ManageBillingForm flow="subscription_pause" />;
  <ManageBillingButton flow="subscription_cancel" subscription="sub_1" />;
  <ManageBillingForm flow="subscription_pause" subscription="sub_1" />;
});

test('subscription_update_confirm needs subscription and exactly one item', () => {
  // @ts-expect-error items is required
  <ManageBillingButton flow="subscription_update_confirm" subscription="sub_1" />;
  // @ts-expect-error subscription is required
  <ManageBillingButton flow="subscription_update_confirm" items={[{ id: 'si_1', price: 'price_2' }]} />;
  // @ts-expect-error exactly one item
  <ManageBillingButton flow="subscription_update_confirm" subscription="sub_1" items={[{ id: 'si_1' }, { id: 'si_2' }]} />;
  <ManageBillingButton flow="subscription_update_confirm" subscription="sub_1" items={[{ id: 'si_1', price: 'price_2' }]} />;
});

test('fields that do not belong to the flow are refused', () => {
  // @ts-expect-error the homepage takes no subscription
  <ManageBillingButton subscription="sub_1" />;
  // @ts-expect-error payment_method_update takes no subscription
  <ManageBillingButton flow="payment_method_update" subscription="sub_1" />;
  // @ts-expect-error not a flow
  <ManageBillingButton flow="subscription_delete" subscription="sub_1" />;
  // @ts-expect-error not a portal locale
  <ManageBillingButton locale="klingon" />;
});

test('native button props pass through, but not type', () => {
  <ManageBillingButton className="btn" name="portal" aria-label="Billing" onClick={(event) => event.preventDefault()} />;
  // @ts-expect-error the button is always type="button"
  <ManageBillingButton type="submit" />;
  expectTypeOf<ComponentProps<typeof ManageBillingButton>['ref']>().toEqualTypeOf<React.Ref<HTMLButtonElement> | undefined>();
});

test('renderError and onError get a typed BillingError', () => {
  <ManageBillingButton
    renderError={(error, { message, retry }) => {
      expectTypeOf(error.code).toEqualTypeOf<import('@portalkit/protocol').BillingErrorCode>();
      expectTypeOf(message).toEqualTypeOf<string>();
      expectTypeOf(retry).toEqualTypeOf<() => void>();
      return message;
    }}
    onError={(error) => expectTypeOf(error.retryable).toEqualTypeOf<boolean>()}
  />;
});

test('the flow props are the protocol request without its common fields: one source for both', () => {
  type Flow = import('./manage-billing-props').PortalFlowProps;
  type Request = import('@portalkit/protocol').PortalSessionRequest;
  // Every props value is a request (so no cast is needed to send one), and every request's flow fields are props.
  expectTypeOf<Flow>().toExtend<Request>();
  expectTypeOf<Omit<Extract<Request, { flow: 'subscription_update_confirm' }>, 'returnTo' | 'locale'>>().toExtend<Flow>();
});
