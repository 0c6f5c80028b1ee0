import { vi } from 'vitest';

/**
 * A stand-in for the tab `window.open` returns, since jsdom cannot open windows: it records what the kit
 * does with it. Real Chromium: *.browser.test.tsx.
 *
 * @example
 * vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
 */
export function fakeTab() {
  return { opener: window as Window | null, closed: false, close: vi.fn(), location: { replace: vi.fn() } };
}
