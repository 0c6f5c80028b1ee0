import type { ComponentPropsWithoutRef, CSSProperties, ForwardedRef } from 'react';
import type { BillingSessionResult } from '../hooks/billing-session-types';
import type { BillingLabelKey } from '../provider/default-labels';
import { BillingFormElement } from './billing-form-element';
import { BillingLiveRegions } from './billing-live-regions';
import type { BillingButtonOwnProps, BillingControlProps } from './billing-control-props';
import { composeEventHandlers } from './compose-event-handlers';
import { Slot } from './slot';
import { useBillingControl } from './use-billing-control';

/** What {@link BillingButton} takes: a session and its request, and the public button's props without its request fields. @internal */
export type BillingButtonProps<TInput extends object> = BillingButtonOwnProps &
  BillingControlProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof BillingButtonOwnProps | 'type' | 'onError'> & {
    session: BillingSessionResult<TInput>;
    request: TInput;
    labelKey: BillingLabelKey;
    buttonRef: ForwardedRef<HTMLButtonElement>;
    /** The endpoint a click before hydration posts the form to. */
    action: string;
    /** The form's style: `display: contents` for the buttons, none (a block) for the form variants. */
    formStyle?: CSSProperties | undefined;
  };

// The buttons' form adds no box: the button stays a flex item or inline in the app's layout.
const CONTENTS: CSSProperties = { display: 'contents' };

/**
 * The one control behind `ManageBillingButton`, `CheckoutButton` and the form variants, for any
 * session: a native submit `<button>` (or the `asChild` child) wired by {@link useBillingControl},
 * inside a real `<form method="post">` to the endpoint so that a click before hydration is not lost,
 * the click and prefetch on intent composed after the app's own handlers, and the live regions for the
 * pending state and the error after the form. @internal
 */
export function BillingButton<TInput extends object>({
  session,
  request,
  labelKey,
  buttonRef,
  action,
  formStyle = CONTENTS,
  formFallback = true,
  prefetch,
  onClick,
  onPointerDown,
  onKeyDown,
  onBlur,
  ...props
}: BillingButtonProps<TInput>) {
  const control = useBillingControl(session, request, labelKey, props);
  const prefetchOnIntent = () => prefetch === 'intent' && !props.disabled && session.prefetch(request);
  const Element = props.asChild ? Slot : 'button';
  const element = (
    <Element
      // A link child keeps its own `href` for a click before hydration; a button child submits the form.
      type={props.asChild ? undefined : formFallback ? 'submit' : 'button'}
      {...control.elementProps}
      ref={buttonRef}
      onClick={composeEventHandlers(onClick, (event) => {
        // Stops the form post (React runs: take the fetch path) and an `asChild` link's own navigation.
        event.preventDefault();
        control.open();
      })}
      onPointerDown={composeEventHandlers(onPointerDown, (event) => {
        if (event.button === 0) prefetchOnIntent();
      })}
      onKeyDown={composeEventHandlers(onKeyDown, (event) => {
        if (!event.repeat && (event.key === 'Enter' || event.key === ' ')) prefetchOnIntent();
      })}
      onBlur={composeEventHandlers(onBlur, session.cancelPrefetch)}
    />
  );
  return (
    <>
      {formFallback ? (
        <BillingFormElement action={action} target={props.target} request={request} style={formStyle}>
          {element}
        </BillingFormElement>
      ) : (
        element
      )}
      <BillingLiveRegions {...control} errorSlot={props.errorSlot} />
    </>
  );
}
