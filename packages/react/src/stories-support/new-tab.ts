import { fn, spyOn, type Mock } from 'storybook/test';
import { TAB_OPENED_EVENT } from './portal-story';

/** The part of a new tab's `Window` the kit touches, recorded for play functions. */
export interface RecordedTab {
  opener: unknown;
  closed: boolean;
  location: { replace: Mock<(url: string) => void> };
  close: Mock<() => void>;
}

/**
 * Replaces `window.open` for one story, so a new-tab story never opens a real tab that would leave for
 * Stripe. `blocked` answers `null`, as a popup blocker does. Storybook restores `window.open` after the
 * story; the returned function does it too, for `beforeEach`.
 *
 * @example
 * beforeEach: () => stubWindowOpen('opens'),
 */
export function stubWindowOpen(outcome: 'opens' | 'blocked'): () => void {
  const open = spyOn(window, 'open').mockImplementation(() => {
    if (outcome === 'blocked') return null;
    const tab: RecordedTab = {
      opener: window,
      closed: false,
      // The story shows where the tab would have gone, as it does for this tab's navigation.
      location: {
        replace: fn((url: string) => {
          window.dispatchEvent(new CustomEvent(TAB_OPENED_EVENT, { detail: url }));
        }).mockName('tab.location.replace'),
      },
      close: fn(() => {
        tab.closed = true;
      }).mockName('tab.close'),
    };
    return tab as unknown as Window;
  });
  return () => open.mockRestore();
}

/** The tabs the kit opened during this story, in order. */
export function openedTabs(): RecordedTab[] {
  const open = window.open as unknown as Mock<typeof window.open>;
  return open.mock.results.map((result) => result.value as unknown as RecordedTab);
}
