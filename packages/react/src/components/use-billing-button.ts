import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import type { BillingSessionResult } from '../hooks/billing-session-types';
import type { BillingLabelKey } from '../provider/default-labels';
import type { BillingButtonOwnProps, BillingControlProps } from './billing-control-props';
import { composeEventHandlers } from './compose-event-handlers';
import { useBillingControl, type ControlElementProps } from './use-billing-control';

/** The handlers the button composes with the app's own. @internal */
export interface BillingButtonHandlers {
  onClick?: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
  onPointerDown?: ((event: PointerEvent<HTMLButtonElement>) => void) | undefined;
  onKeyDown?: ((event: KeyboardEvent<HTMLButtonElement>) => void) | undefined;
  onBlur?: ((event: FocusEvent<HTMLButtonElement>) => void) | undefined;
}

/**
 * The behaviour of `ManageBillingButton` and `CheckoutButton`, for any request: {@link useBillingControl}
 * plus the click and prefetch on intent, composed after the app's own handlers. Returns typed props for the element. @internal
 */
export function useBillingButton<TInput, TRest extends object>(
  session: BillingSessionResult<TInput>,
  request: TInput,
  labelKey: BillingLabelKey,
  props: BillingButtonOwnProps & BillingButtonHandlers & BillingControlProps & ControlElementProps & TRest,
) {
  const { prefetch, onClick, onPointerDown, onKeyDown, onBlur, ...controlProps } = props;
  const { open, elementProps, errorProps } = useBillingControl(session, request, labelKey, controlProps);
  const prefetchOnIntent = () => prefetch === 'intent' && !props.disabled && session.prefetch(request);
  return {
    errorProps,
    elementProps: {
      ...elementProps,
      onClick: composeEventHandlers(onClick, (event) => {
        // Also stops an `asChild` link from following its own href.
        event.preventDefault();
        open();
      }),
      onPointerDown: composeEventHandlers(onPointerDown, (event) => {
        if (event.button === 0) prefetchOnIntent();
      }),
      onKeyDown: composeEventHandlers(onKeyDown, (event) => {
        if (!event.repeat && (event.key === 'Enter' || event.key === ' ')) prefetchOnIntent();
      }),
      onBlur: composeEventHandlers(onBlur, session.cancelPrefetch),
    },
  };
}
