import { useId, type ReactNode } from 'react';
import type { BillingSessionResult, BillingSessionStatus } from '../hooks/billing-session-types';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import type { BillingLabelKey } from '../provider/default-labels';
import type { BillingControlProps } from './billing-control-props';
import { errorActionOf } from './error-action';

/** What the control needs from the element's own props besides {@link BillingControlProps}. @internal */
export interface ControlElementProps {
  /** The button's `asChild`, which changes how `disabled` is shown. */
  asChild?: boolean | undefined;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

/** The state attributes the control sets on the element. @internal */
export interface BillingStateProps {
  disabled: boolean | undefined;
  'aria-busy': true | undefined;
  'aria-disabled': true | undefined;
  'data-disabled': '' | undefined;
  'data-state': BillingSessionStatus;
  'aria-describedby': string | undefined;
  children: ReactNode;
}

/** The props of the live region that shows the error. @internal */
export interface ErrorRegionProps {
  id: string;
  role: 'alert';
  children: ReactNode;
}

/** The props of the hidden live region that says what a busy control is doing. @internal */
export interface StatusRegionProps {
  role: 'status';
  children: ReactNode;
}

/** The props the control takes for itself; the element gets the others. @internal */
export type ControlOwnKeys = keyof BillingControlProps | 'asChild' | 'disabled';

/** What a control renders from. @internal */
export interface BillingControl<TRest> {
  /** Opens the session for the control's request, unless disabled. */
  open: () => void;
  /** The element's props: the app's own (minus the control's), then the state attributes, description and label. */
  elementProps: TRest & BillingStateProps;
  /** The error's live region, or `undefined` when there is nothing to show. */
  errorProps: ErrorRegionProps | undefined;
  /** The pending state's live region: empty until the control is busy. */
  statusProps: StatusRegionProps;
}

/**
 * The wiring every billing control shares (portal and Checkout, button and form), for any request:
 * state as `data-state`/`aria-busy`, `disabled` (as `aria-disabled` on an `asChild` element), the
 * label (the pending label while busy), unavailable (`aria-disabled`, `data-disabled`) while another
 * billing control on the page is busy, the pending state announced in a `role="status"` region, and the error in a `role="alert"` region the element points at with `aria-describedby`
 * (announced when it appears, and again when the element is focused). `props` are the component's
 * props without its request fields; everything not the control's goes to the element. @internal
 */
export function useBillingControl<TInput, TRest extends object>(
  session: BillingSessionResult<TInput>,
  request: TInput,
  labelKey: BillingLabelKey,
  props: BillingControlProps & ControlElementProps & TRest,
): BillingControl<Omit<BillingControlProps & ControlElementProps & TRest, ControlOwnKeys>> {
  const { target, renderError, onError, asChild, disabled, children, pendingLabel, errorSlot, ...rest } = props;
  const { labels } = useBillingPortalConfig();
  const errorId = useId();
  const { error, message, retry, reset, isBusy, isBlocked, status } = session;
  // `onError` alone means the app shows the error itself.
  const showsError = error && message && (renderError || !onError);
  const pending =
    pendingLabel === undefined ? labels[labelKey === 'checkout' ? 'checkout_pending' : 'portal_pending'] : pendingLabel;
  const unavailable = disabled || isBlocked;

  return {
    open: () => disabled || session.open(request, { target }),
    elementProps: {
      ...rest,
      // An `asChild` element may have no `disabled` (a link): it gets `aria-disabled` instead.
      disabled: !asChild && disabled,
      'aria-busy': isBusy || undefined,
      // `aria-disabled`, not `disabled`, while busy: the control keeps focus and stays announced.
      // Also while another control on the page is busy: one redirect at a time.
      'aria-disabled': isBusy || isBlocked || (asChild && disabled) || undefined,
      'data-disabled': unavailable ? '' : undefined,
      'data-state': status,
      'aria-describedby': [props['aria-describedby'], showsError && errorId].filter(Boolean).join(' ') || undefined,
      // An `asChild` element keeps its own content: the status region still says it.
      children: isBusy && !asChild && pending !== null ? pending : (children ?? labels[labelKey]),
    },
    statusProps: { role: 'status', children: isBusy && pending },
    errorProps: showsError
      ? {
          id: errorId,
          role: 'alert',
          children: renderError ? renderError(error, { message, retry, reset, action: errorActionOf(error) }) : message,
        }
      : undefined,
  };
}
