import { forwardRef } from 'react';
import type { BillingSessionTarget } from '../hooks/billing-session-types';
import type { ErrorRegionProps } from './use-billing-control';

/** What {@link BillingFormElement} renders. @internal */
export interface BillingFormElementProps {
  /** The endpoint the form posts to. */
  action: string;
  target: BillingSessionTarget | undefined;
  /** The request, sent as hidden fields. */
  request: object;
  /** Takes the fetch path instead of the page load, once React runs. */
  open: () => void;
  /** The submit button's props from `useBillingControl`. */
  elementProps: object;
  errorProps: ErrorRegionProps | undefined;
}

/**
 * Renders a billing control as a real `<form method="post">` to its endpoint, with the request as
 * hidden fields: it works before hydration and with JavaScript off (the handlers answer `303 See
 * Other`), and once React runs it takes the fetch path instead. Shared by the portal and Checkout
 * forms. @internal
 */
export const BillingFormElement = forwardRef<HTMLButtonElement, BillingFormElementProps>(function BillingFormElement(
  { action, target, request, open, elementProps, errorProps },
  ref,
) {
  return (
    <form
      method="post"
      action={action}
      target={target === '_blank' ? '_blank' : undefined}
      onSubmit={(event) => {
        // With React running, take the fetch path: pending and error states instead of a page load.
        event.preventDefault();
        open();
      }}
    >
      {Object.entries(request).flatMap(([name, value]) => hiddenFields(name, value))}
      <button type="submit" {...elementProps} ref={ref} />
      {errorProps && <div {...errorProps} />}
    </form>
  );
});

// Fields in the bracket notation the handlers read (`items[0][id]`); unset values send nothing.
function hiddenFields(name: string, value: unknown): React.ReactNode[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: object, index) =>
      Object.entries(item).flatMap(([key, part]) => hiddenFields(`${name}[${index}][${key}]`, part)),
    );
  }
  return value === undefined ? [] : [<input key={name} type="hidden" name={name} value={String(value)} />];
}
