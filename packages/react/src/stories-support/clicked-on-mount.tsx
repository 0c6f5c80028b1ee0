import { useEffect, useRef } from 'react';
import { ManageBillingButton, type ManageBillingButtonProps } from '../components/manage-billing-button';

/**
 * The button, clicked once after it mounts, so a docs page shows a state without anyone clicking. The
 * click is a real one: it goes through the button's handler, the hook and the scripted server.
 */
export function ClickedOnMount(props: ManageBillingButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.click(), []);
  return <ManageBillingButton ref={ref} {...props} />;
}
