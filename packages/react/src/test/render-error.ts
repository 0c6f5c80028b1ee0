import { vi } from 'vitest';

/**
 * Runs a render that is expected to throw and returns what it threw, without the reports React and
 * jsdom print for it: React 18 rethrows render errors through a window `error` event (which jsdom
 * prints unless it is cancelled) and logs them again with `console.error`; React 19 does neither.
 *
 * @example
 * expect(renderError(() => render(<Slot>text</Slot>))).toMatchObject({ message: expect.stringMatching(/single React element/) });
 */
export function renderError(render: () => unknown): unknown {
  const cancel = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', cancel);
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    render();
  } catch (error) {
    return error;
  } finally {
    window.removeEventListener('error', cancel);
    consoleError.mockRestore();
  }
  throw new Error('Expected the render to throw, but it did not.');
}
