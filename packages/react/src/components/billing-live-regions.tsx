import type { CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { ErrorRegionProps, StatusRegionProps } from './use-billing-control';

/** What {@link BillingLiveRegions} renders. @internal */
export interface BillingLiveRegionsProps {
  errorProps: ErrorRegionProps | undefined;
  statusProps: StatusRegionProps;
  /** Where the app wants the error: rendered there through a portal instead of after the control. */
  errorSlot?: Element | null | undefined;
}

// Read by screen readers, not drawn, and out of the flow: no flex item, no gap in the app's row.
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/**
 * The control's two live regions: a hidden `role="status"` that says what a busy control is doing
 * (present from the first render, so the change is announced), and the error's `role="alert"`, after
 * the control or in the app's `errorSlot`. @internal
 */
export function BillingLiveRegions({ errorProps, statusProps, errorSlot }: BillingLiveRegionsProps) {
  const error = errorProps && <div {...errorProps} />;
  return (
    <>
      <span {...statusProps} style={VISUALLY_HIDDEN} />
      {errorSlot && error ? createPortal(error, errorSlot) : errorSlot === undefined && error}
    </>
  );
}
