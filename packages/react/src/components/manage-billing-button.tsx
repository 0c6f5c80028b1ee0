import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';
import { Slot } from './slot';
import { useBillingControl } from './use-billing-control';

/**
 * The button's own props, besides the flow fields and the native button props it forwards.
 *
 * @example
 * const own: ManageBillingButtonOwnProps = { prefetch: 'intent', asChild: true };
 */
export interface ManageBillingButtonOwnProps extends ManageBillingOwnProps {
  /**
   * `'intent'` starts the request on pointer-down or on Enter/Space key-down and navigates on the click
   * that follows, so the portal opens sooner. Never on hover or render: each request creates a session.
   * @defaultValue `'none'`
   */
  prefetch?: 'intent' | 'none' | undefined;
  /**
   * Renders the only child (the app's link or Button component) instead of a `<button>`, with the same
   * props, state and behaviour merged in. A disabled child gets `aria-disabled` instead of `disabled`.
   * @defaultValue `false`
   */
  asChild?: boolean | undefined;
}

/**
 * Props of {@link ManageBillingButton}: the flow fields (typed per flow), its own props, and every
 * native `<button>` prop except `type`.
 *
 * @example
 * function CancelButton(props: Omit<ManageBillingButtonProps, 'flow'> & { subscription: string }) {
 *   return <ManageBillingButton {...props} flow="subscription_cancel" />;
 * }
 */
export type ManageBillingButtonProps = PortalFlowProps &
  ManageBillingButtonOwnProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ManageBillingButtonOwnProps | 'type' | 'onError'>;

/**
 * A `<button type="button">` that sends the signed-in customer to the Customer Portal, deep-linked to
 * one task. It shows `data-state="idle|pending|redirecting|error"` (style through it; no CSS ships),
 * sets `aria-busy` while busy, ignores repeat clicks, and announces errors in a live region.
 *
 * @example
 * <ManageBillingButton flow="payment_method_update" />
 * <ManageBillingButton flow="subscription_cancel" subscription={subscription.id} returnTo="/account" />
 * <ManageBillingButton asChild target="_blank"><a href="/billing">Billing</a></ManageBillingButton>
 */
export const ManageBillingButton = forwardRef<HTMLButtonElement, ManageBillingButtonProps>(function ManageBillingButton(
  { prefetch, onClick, onPointerDown, onKeyDown, onBlur, ...props },
  ref,
) {
  const { asChild, disabled } = props;
  const { billing, request, open, elementProps, errorRegion } = useBillingControl(props);
  const prefetchOnIntent = () => prefetch === 'intent' && !disabled && billing.prefetch(request);
  const Element = (asChild ? Slot : 'button') as 'button';
  return (
    <>
      <Element
        type={asChild ? undefined : 'button'}
        {...elementProps}
        ref={ref}
        onClick={composeEventHandlers(onClick, (event) => {
          // Also stops an `asChild` link from following its own href.
          event.preventDefault();
          open();
        })}
        onPointerDown={composeEventHandlers(onPointerDown, (event) => {
          if (event.button === 0) prefetchOnIntent();
        })}
        onKeyDown={composeEventHandlers(onKeyDown, (event) => {
          if (!event.repeat && (event.key === 'Enter' || event.key === ' ')) prefetchOnIntent();
        })}
        onBlur={composeEventHandlers(onBlur, billing.cancelPrefetch)}
      />
      {errorRegion}
    </>
  );
});

// Named for React DevTools: bundlers rename the inner function (`ManageBillingButton2`) when it collides with the const.
ManageBillingButton.displayName = 'ManageBillingButton';
