import type { SyntheticEvent } from 'react';

/**
 * Runs the app's handler first; ours runs only if the app did not call `event.preventDefault()`. @internal
 */
export function composeEventHandlers<E extends SyntheticEvent>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
