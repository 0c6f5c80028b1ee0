import type { ComponentPropsWithoutRef, ForwardedRef } from 'react';
import type { BillingSessionResult } from '../hooks/billing-session-types';
import type { BillingLabelKey } from '../provider/default-labels';
import type { BillingButtonOwnProps, BillingControlProps } from './billing-control-props';
import { composeEventHandlers } from './compose-event-handlers';
import { Slot } from './slot';
import { useBillingControl } from './use-billing-control';

/** What {@link BillingButton} takes: a session and its request, and the public button's props without its request fields. @internal */
export type BillingButtonProps<TInput> = BillingButtonOwnProps &
  BillingControlProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof BillingButtonOwnProps | 'type' | 'onError'> & {
    session: BillingSessionResult<TInput>;
    request: TInput;
    labelKey: BillingLabelKey;
    buttonRef: ForwardedRef<HTMLButtonElement>;
  };

/**
 * The one button behind `ManageBillingButton` and `CheckoutButton`, for any session: a native
 * `<button type="button">` (or the `asChild` child) wired by {@link useBillingControl}, the click and
 * prefetch on intent composed after the app's own handlers, and the error's live region as the next
 * sibling. @internal
 */
export function BillingButton<TInput>({
  session,
  request,
  labelKey,
  buttonRef,
  prefetch,
  onClick,
  onPointerDown,
  onKeyDown,
  onBlur,
  ...props
}: BillingButtonProps<TInput>) {
  const { open, elementProps, errorProps } = useBillingControl(session, request, labelKey, props);
  const prefetchOnIntent = () => prefetch === 'intent' && !props.disabled && session.prefetch(request);
  const Element = props.asChild ? Slot : 'button';
  return (
    <>
      <Element
        type={props.asChild ? undefined : 'button'}
        {...elementProps}
        ref={buttonRef}
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
        onBlur={composeEventHandlers(onBlur, session.cancelPrefetch)}
      />
      {errorProps && <div {...errorProps} />}
    </>
  );
}
