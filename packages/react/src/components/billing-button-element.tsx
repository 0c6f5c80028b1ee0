import { forwardRef } from 'react';
import { Slot } from './slot';
import type { ErrorRegionProps } from './use-billing-control';

/** What {@link BillingButtonElement} renders. @internal */
export interface BillingButtonElementProps {
  asChild: boolean | undefined;
  /** The element's props from `useBillingButton`. */
  elementProps: object;
  errorProps: ErrorRegionProps | undefined;
}

/**
 * Renders a billing button from the props `useBillingButton` made: one `<button type="button">` (or the
 * `asChild` child) and, when there is an error to show, its live region as the next sibling. @internal
 */
export const BillingButtonElement = forwardRef<HTMLButtonElement, BillingButtonElementProps>(function BillingButtonElement(
  { asChild, elementProps, errorProps },
  ref,
) {
  const Element = asChild ? Slot : 'button';
  return (
    <>
      <Element type={asChild ? undefined : 'button'} {...elementProps} ref={ref} />
      {errorProps && <div {...errorProps} />}
    </>
  );
});
