import type { ReactNode } from 'react';
import type { DemoMode } from '../../server/page-data';

/**
 * Says which Stripe the demo talks to: the offline emulator, or a real account in test mode. The
 * emulator's address is a detail that a phone's header leaves out.
 */
export function ModeBadge({ mode }: { mode: DemoMode }): ReactNode {
  if (mode.kind === 'emulator') {
    return (
      <p className="mode-badge mode-badge--offline">
        <strong>Offline: Stripe emulator</strong> <span className="mode-badge__detail">at {mode.emulatorUrl}</span>
      </p>
    );
  }
  return (
    <p className="mode-badge mode-badge--stripe">
      <strong>Stripe test mode</strong>
    </p>
  );
}
