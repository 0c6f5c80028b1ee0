import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { useManageBilling } from '../hooks/use-manage-billing';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import { composeEventHandlers } from './compose-event-handlers';
import { describedBy, ErrorRegion, showsError, stateAttributes } from './error-region';
import { toPortalRequest, type ManageBillingOwnProps, type PortalFlowProps } from './manage-billing-props';
import { Slot } from './slot';

/** The button's own props, besides the flow fields and the native button props it forwards. */
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
export const ManageBillingButton = forwardRef<HTMLButtonElement, ManageBillingButtonProps>(
  function ManageBillingButton(props, ref) {
    const {
      flow, subscription, items, returnTo, locale, target = '_self', prefetch = 'none', asChild = false,
      children, renderError, onError, disabled, onClick, onPointerDown, onKeyDown, onBlur,
      'aria-describedby': ariaDescribedBy, ...buttonProps
    } = props;
    const billing = useManageBilling({ onError });
    const { labels } = useBillingPortalConfig();
    const errorId = useId();
    const request = toPortalRequest(props);
    const intent = prefetch === 'intent' && !disabled;
    const Component = (asChild ? Slot : 'button') as 'button';

    return (
      <>
        <Component
          {...(asChild ? null : { type: 'button' as const })}
          {...buttonProps}
          ref={ref}
          disabled={asChild ? undefined : disabled}
          {...stateAttributes(billing, disabled)}
          // `aria-disabled`, not `disabled`, while busy: the button keeps focus and stays announced.
          aria-disabled={billing.isBusy || (asChild && disabled) || undefined}
          aria-describedby={describedBy(ariaDescribedBy, showsError(billing, props) && errorId)}
          onClick={composeEventHandlers(onClick, (event) => {
            event.preventDefault();
            if (!disabled) billing.open(request, { target });
          })}
          onPointerDown={composeEventHandlers(onPointerDown, (event) => {
            if (intent && event.button === 0) billing.prefetch(request);
          })}
          onKeyDown={composeEventHandlers(onKeyDown, (event) => {
            if (intent && !event.repeat && (event.key === 'Enter' || event.key === ' ')) billing.prefetch(request);
          })}
          onBlur={composeEventHandlers(onBlur, billing.cancelPrefetch)}
        >
          {children ?? labels[flow ?? 'portal_homepage']}
        </Component>
        <ErrorRegion id={errorId} billing={billing} own={props} />
      </>
    );
  },
);
